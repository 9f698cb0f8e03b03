package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.StartupBuffer;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/**
 * Runs in its own JVM (surefire {@code reuseForks=false}): events emitted before Logback has our appender are held by
 * the {@link StartupBuffer} and shipped exactly once when a real logback.xml loaded afterwards starts the appender.
 */
class StartupBufferTest {
    @TempDir
    Path dir;

    @Test
    void eventsEmittedBeforeTheAppenderExistsAreShippedOnceWhenItStarts() throws Exception {
        // Logback is running on its default (console) configuration: no shipping output yet.
        SecurityEvents events = SecurityEvents.builder().build();
        List<EmittedEvent> early = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            early.add(events.record(LoginFailure.builder().user(User.ofUid("early-" + i))
                    .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build()));
        }
        assertThat(StartupBuffer.global().isCollecting()).isTrue();
        assertThat(StartupBuffer.global().size()).isEqualTo(3);

        Path out = dir.resolve("events.ndjson");
        LoggerContext context = LogbackConfig.load("appender-file.xml",
                Map.of("OUT_FILE", out.toString(), "ORDINARY_FILE", dir.resolve("ordinary.log").toString()));
        assertThat(StartupBuffer.global().isCollecting()).isFalse();
        assertThat(StartupBuffer.global().size()).isZero();
        assertThat(StartupBuffer.global().attachedSinks()).isEqualTo(1);
        EmittedEvent late = events.record(LoginFailure.builder().user(User.ofUid("late"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        context.stop();

        List<EmittedEvent> expected = new ArrayList<>(early);
        expected.add(late);
        assertThat(Shipped.lines(out)).containsExactlyElementsOf(Shipped.canonical(expected.toArray(new EmittedEvent[0])));
        assertThat(StartupBuffer.global().attachedSinks()).isZero();
        assertThat(LogbackConfig.statusMessages(ch.qos.logback.core.status.Status.INFO)).anyMatch(m -> m.contains(
                "3 security event(s) emitted before DeliveryPipeline[file " + out + "] started were taken from the"
                        + " startup buffer"));
    }
}
