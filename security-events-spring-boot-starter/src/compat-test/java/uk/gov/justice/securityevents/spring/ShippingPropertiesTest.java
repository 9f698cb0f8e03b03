package uk.gov.justice.securityevents.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.PrincipleSevenGuard;
import uk.gov.justice.securityevents.spring.internal.logback.LogbackOutputInstaller;
import uk.gov.justice.securityevents.spring.support.CanonicalEvents;

/**
 * The file destination from properties alone, its survival of logging re-initialisation, and start-up failures that
 * name the property; each in a small non-web application.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShippingPropertiesTest {

    @Test
    void fileDestinationWritesNdjsonThroughOneShippingAppender(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path file = dir.resolve("events.ndjson");
        try (ConfigurableApplicationContext context = run("spring.application.name=file-test",
                "spring.profiles.active=prod", "security-events.destination.type=FILE",
                "security-events.destination.file=" + file, "security-events.destination.max-file-size=10MB",
                "security-events.pipeline.linger=10ms", "security-events.pipeline.max-queue-bytes=1MB",
                "security-events.pipeline.overflow-policy=drop-oldest")) {
            assertThat(appenders()).containsExactlyInAnyOrder(LogbackOutputInstaller.SHIPPING_APPENDER_NAME,
                    LogbackOutputInstaller.TAP_APPENDER_NAME);
            int start = output.getOut().length();
            context.getBean(SecurityEvents.class).record(failure("mallory-file"));
            await().atMost(Duration.ofSeconds(5)).until(() -> named(file, "mallory-file").size() == 1);
            assertThat(CanonicalEvents.in(output.getOut().substring(start))).isEmpty(); // not on stdout too
            JsonNode event = named(file, "mallory-file").get(0);
            assertThat(event.at("/metadata/event_code").asText()).isEqualTo("authn_login_fail");
            assertThat(event.at("/metadata/product/name").asText()).isEqualTo("file-test");

            // A file is not the platform: in production the guard still warns.
            assertThat(context.getBean(PrincipleSevenGuard.class).lastWarning()).contains("principle 7");

            // Logging re-initialised twice (Spring Cloud refresh, a second SpringApplication): still exactly one.
            LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
            for (int i = 0; i < 2; i++) {
                logging.cleanUp();
                logging.beforeInitialize();
                logging.initialize(new LoggingInitializationContext(context.getEnvironment()), null, null);
            }
            // cleanUp() stops the LoggerContext, which drops every listener; the refresh that follows re-installs.
            context.publishEvent(new org.springframework.context.event.ContextRefreshedEvent(context));
            assertThat(appenders()).containsExactlyInAnyOrder(LogbackOutputInstaller.SHIPPING_APPENDER_NAME,
                    LogbackOutputInstaller.TAP_APPENDER_NAME);
            context.getBean(SecurityEvents.class).record(failure("trudy-file"));
            await().atMost(Duration.ofSeconds(5)).until(() -> named(file, "trudy-file").size() == 1);
            // The endpoint reports the pipeline of the appender installed after the re-initialisation.
            await().atMost(Duration.ofSeconds(5)).until(() -> (Long) context.getBean(DeliveryState.class).snapshot()
                    .get("delivered") >= 1);
        }
        assertThat(appenders()).isEmpty();
    }

    @Test
    void badDestinationPropertiesFailStartUpNamingTheProperty(@TempDir Path dir, CapturedOutput output) {
        assertThatThrownBy(() -> run("security-events.destination.type=htps"))
                .hasMessageContaining("security-events.destination.type 'htps' is unknown: use stdout, file, https"
                        + " or syslog");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("security-events could not configure its destination: security-events.destination.type"
                        + " 'htps' is unknown");

        assertThatThrownBy(() -> run("security-events.destination.type=https",
                "security-events.destination.api-key-env=SOME_KEY"))
                .hasMessageContaining("security-events.destination.url is required for destination https");

        Path missing = dir.resolve("no-such-key");
        assertThatThrownBy(() -> run("security-events.destination.type=https",
                "security-events.destination.url=https://collector.example/logs/v1/event",
                "security-events.destination.api-key-file=" + missing))
                .hasMessageContaining("security-events.destination.api-key-file " + missing + " cannot be read");

        assertThatThrownBy(() -> run("security-events.destination.type=https",
                "security-events.destination.url=https://collector.example/logs/v1/event",
                "security-events.destination.api-key=literal-secret"))
                .hasMessageContaining("security-events.destination.api-key is not supported")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("literal-secret"));

        assertThatThrownBy(() -> run("security-events.destination.type=file"))
                .hasMessageContaining("security-events.destination.file is required");
    }

    private static LoginFailure failure(String name) {
        return LoginFailure.builder().user(User.builder().name(name).build())
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build();
    }

    private static List<JsonNode> named(Path file, String user) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (String line : lines(file)) {
            JsonNode e = CanonicalEvents.parse(line);
            if (user.equals(e.at("/user/name").asText())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static List<String> appenders() {
        Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(SecurityEvents.LOGGER_NAME);
        List<String> names = new ArrayList<>();
        logger.iteratorForAppenders().forEachRemaining(a -> names.add(a.getName()));
        return names;
    }

    private static ConfigurableApplicationContext run(String... properties) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).properties(properties)
                .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false").run();
    }

    /** A non-web application. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }
}
