package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/**
 * A bad setting is reported to Log4j2's StatusLogger (seen by a {@code StatusListener}) naming the setting, the
 * appender is left out, and the rest of the configuration (an ordinary File appender) keeps logging.
 */
class AppenderBadConfigurationTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("unknown destination", Map.of("DESTINATION", "htps"),
                        "destination 'htps' is unknown: use stdout, file, https or syslog"),
                Arguments.of("missing url", Map.of("DESTINATION", "https", "API_KEY_FILE", "/etc/hostname"),
                        "url is required for destination https"),
                Arguments.of("unreadable key file", Map.of("DESTINATION", "https",
                        "URL", "https://collector.example/logs/v1/event", "API_KEY_FILE", "/x/no-such-key"),
                        "apiKeyFile /x/no-such-key cannot be read"),
                Arguments.of("credentials over http", Map.of("DESTINATION", "https",
                        "URL", "http://collector.example/logs/v1/event", "API_KEY_FILE", "/etc/hostname"),
                        "url http://collector.example/logs/v1/event uses credentials over plain HTTP: use https://"),
                Arguments.of("user-info in url", Map.of("DESTINATION", "https",
                        "URL", "https://user:s3cret@collector.example/logs", "API_KEY_FILE", "/etc/hostname"),
                        "url carries credentials (user:password@)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void failsAtStartNamingTheSettingAndTheAppKeepsLogging(String name, Map<String, String> properties,
            String expected) throws Exception {
        Path ordinary = dir.resolve("ordinary.log");
        Map<String, String> props = new HashMap<>(properties);
        props.put("ORDINARY_FILE", ordinary.toString());
        try (RecordingStatusListener status = RecordingStatusListener.register()) {
            LoggerContext context = Log4j2Config.load("log4j2-appender-bad.xml", props);

            assertThat(status.messages(Level.ERROR)).anySatisfy(m -> assertThat(m)
                    .startsWith("security-events appender 'SECURITY_EVENTS' not started: ").contains(expected));
            assertThat(status.messages(Level.INFO)).filteredOn(m -> m.startsWith("security-events"))
                    .noneMatch(m -> m.contains("s3cret"));
            assertThat(context.getConfiguration().getAppenders()).containsKey("ORDINARY")
                    .doesNotContainKey("SECURITY_EVENTS");

            SecurityEvents.builder().build().record(LoginFailure.builder().user(User.ofUid("u-1"))
                    .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
            LoggerFactory.getLogger("com.example.OrderService").info("order {} placed", 7);
            context.stop();
        }
        assertThat(Shipped.lines(ordinary)).contains("INFO com.example.OrderService - order 7 placed")
                .anyMatch(l -> l.startsWith("WARN security-events - security event authn_login_fail"));
        assertThat(Shipped.transportThreads()).noneMatch(t -> t.startsWith("security-events-sender-"));
    }
}
