package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/** The copy-paste include file works from a user's own configuration, set through variables only. */
class IncludeFileTest {
    @TempDir
    Path dir;

    @Test
    void theIncludedAppenderShipsWithTheVariablesGivenAndDefaultsForTheRest() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LoggerContext context = LogbackConfig.load("appender-include.xml", Map.of("SECURITY_EVENTS_FILE",
                out.toString()));
        assertThat(LogbackConfig.statusMessages(Status.WARN)).isEmpty();
        EmittedEvent sent = SecurityEvents.builder().build().record(LoginFailure.builder().user(User.ofUid("u-1"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        context.stop();

        assertThat(Shipped.lines(out)).containsExactlyElementsOf(Shipped.canonical(sent));
    }
}
