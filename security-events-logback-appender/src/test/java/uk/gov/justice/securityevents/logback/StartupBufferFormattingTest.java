package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.StartupBuffer;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/**
 * Runs in its own JVM (surefire {@code reuseForks=false}): a configuration with only our encoder tells the
 * {@link StartupBuffer} that a formatting output exists, so collection (a lock on every emit) ends after the grace
 * period instead of going on for the life of the process; within the grace a shipping appender could still take the
 * held events. The timing itself is tested in the api's {@code StartupBufferTest}.
 */
class StartupBufferFormattingTest {
    @TempDir
    Path dir;

    private static LoginFailure failure(String uid) {
        return LoginFailure.builder().user(User.ofUid(uid)).reason(LoginFailure.Reason.INVALID_CREDENTIALS).build();
    }

    @Test
    void anEncoderOnlyConfigurationStartsTheGracePeriodAndWritesWhatIsLoggedAfterIt() throws Exception {
        SecurityEvents events = SecurityEvents.builder().build();
        events.record(failure("before-the-encoder"));
        assertThat(StartupBuffer.global().hasFormattingOutput()).isFalse();

        Path out = dir.resolve("events.ndjson");
        var context = LogbackConfig.load("encoder-to-file.xml", Map.of("OUT_FILE", out.toString()));
        assertThat(StartupBuffer.global().hasFormattingOutput()).isTrue();
        assertThat(StartupBuffer.global().isCollecting()).isTrue(); // within the grace: a shipping output may follow
        EmittedEvent after = events.record(failure("after-the-encoder"));
        context.stop();

        assertThat(StartupBuffer.global().size()).isEqualTo(2);
        assertThat(Shipped.lines(out)).containsExactlyElementsOf(Shipped.canonical(after));
    }
}
