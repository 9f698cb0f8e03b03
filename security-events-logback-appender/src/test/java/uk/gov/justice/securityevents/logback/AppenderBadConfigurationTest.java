package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/**
 * A bad setting fails the appender's start with an error in Logback's status list that names the setting, while the
 * rest of the configuration (an ordinary file appender) keeps logging.
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
        LoggerContext context = LogbackConfig.load("appender-bad.xml", props);

        assertThat(LogbackConfig.statuses()).filteredOn(s -> s.getLevel() == Status.ERROR).extracting(Status::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("security-events appender 'SECURITY_EVENTS': not started: ")
                        .contains(expected));
        // Logback itself echoes variable substitutions; our own messages never repeat a URL's credentials.
        assertThat(LogbackConfig.statusMessages(Status.INFO)).filteredOn(m -> m.startsWith("security-events"))
                .noneMatch(m -> m.contains("s3cret"));
        Appender<?> appender = context.getLogger("ROOT").getAppender("SECURITY_EVENTS");
        assertThat(appender.isStarted()).isFalse();

        SecurityEvents.builder().build().record(LoginFailure.builder().user(User.ofUid("u-1"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        LoggerFactory.getLogger("com.example.OrderService").info("order {} placed", 7);
        context.stop();

        assertThat(Shipped.lines(ordinary)).contains("INFO com.example.OrderService - order 7 placed")
                .anyMatch(l -> l.startsWith("WARN security-events - security event authn_login_fail"));
        assertThat(Shipped.transportThreads()).noneMatch(t -> t.startsWith("security-events-sender-"));
    }
}
