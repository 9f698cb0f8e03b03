package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.StartupBuffer;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/**
 * Runs in its own JVM (surefire {@code reuseForks=false}): events emitted while Log4j2 runs its default configuration
 * are held by the {@link StartupBuffer} and shipped exactly once when a real log4j2.xml starts the appender.
 */
class StartupBufferTest {
    @TempDir
    Path dir;

    @Test
    void eventsEmittedBeforeTheAppenderExistsAreShippedOnceWhenItStarts() throws Exception {
        SecurityEvents events = SecurityEvents.builder().build(); // Log4j2 starts on its default configuration
        List<EmittedEvent> early = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            early.add(events.record(LoginFailure.builder().user(User.ofUid("early-" + i))
                    .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build()));
        }
        assertThat(StartupBuffer.global().size()).isEqualTo(3);

        Path out = dir.resolve("events.ndjson");
        LoggerContext context = Log4j2Config.load("log4j2-appender-file.xml",
                Map.of("OUT_FILE", out.toString(), "ORDINARY_FILE", dir.resolve("ordinary.log").toString()));
        assertThat(StartupBuffer.global().isCollecting()).isFalse();
        assertThat(StartupBuffer.global().attachedSinks()).isEqualTo(1);
        EmittedEvent late = events.record(LoginFailure.builder().user(User.ofUid("late"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        context.stop();

        List<EmittedEvent> expected = new ArrayList<>(early);
        expected.add(late);
        assertThat(Shipped.lines(out)).containsExactlyElementsOf(Shipped.canonical(expected));
        assertThat(StartupBuffer.global().attachedSinks()).isZero();
    }
}
