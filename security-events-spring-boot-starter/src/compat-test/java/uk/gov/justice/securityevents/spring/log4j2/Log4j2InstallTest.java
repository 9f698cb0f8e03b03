package uk.gov.justice.securityevents.spring.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;
import uk.gov.justice.securityevents.spring.internal.log4j2.Log4j2OutputInstaller;
import uk.gov.justice.securityevents.spring.support.CanonicalEvents;

/**
 * Log4j2 as the logging system (run by the 'log4j2' surefire execution, whose class path has
 * spring-boot-starter-log4j2 and no Logback): exactly one output of the starter on logger security-events, also after
 * Log4j2 reconfigures.
 */
@ExtendWith(OutputCaptureExtension.class)
class Log4j2InstallTest {

    @BeforeAll
    static void onlyOnLog4j2() {
        Assumptions.assumeTrue(org.springframework.util.ClassUtils.isPresent("org.apache.logging.log4j.core.LoggerContext",
                null), "Log4j2 is not the logging system of this run");
    }

    @Test
    void stdoutGetsOneConsoleAppenderWithTheLayout(CapturedOutput output) {
        assertThat(LoggingSystem.get(getClass().getClassLoader()).getClass().getSimpleName())
                .isEqualTo("Log4J2LoggingSystem");
        try (ConfigurableApplicationContext context = run("spring.application.name=log4j2-test")) {
            assertThat(appenders()).containsExactlyInAnyOrder(Log4j2OutputInstaller.CONSOLE_APPENDER_NAME,
                    Log4j2OutputInstaller.TAP_APPENDER_NAME);
            int start = output.getOut().length();
            context.getBean(SecurityEvents.class).record(failure("mallory"));
            List<JsonNode> events = CanonicalEvents.in(output.getOut().substring(start));
            assertThat(CanonicalEvents.codes(events)).containsExactly("authn_login_fail");
            assertThat(events.get(0).at("/metadata/product/name").asText()).isEqualTo("log4j2-test");
            assertThat(context.getBean(PrincipleCoverage.class).countsByEventCode()).containsKey("authn_login_fail");

            ((LoggerContext) LogManager.getContext(false)).reconfigure();
            assertThat(appenders()).containsExactlyInAnyOrder(Log4j2OutputInstaller.CONSOLE_APPENDER_NAME,
                    Log4j2OutputInstaller.TAP_APPENDER_NAME);
            start = output.getOut().length();
            context.getBean(SecurityEvents.class).record(failure("trudy"));
            assertThat(CanonicalEvents.in(output.getOut().substring(start))).hasSize(1);
        }
        assertThat(appenders()).isEmpty();
    }

    @Test
    void fileDestinationGetsOneShippingAppender(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.ndjson");
        try (ConfigurableApplicationContext context = run("spring.application.name=log4j2-file",
                "security-events.destination.type=file", "security-events.destination.file=" + file,
                "security-events.pipeline.linger=10ms", "security-events.pipeline.shutdown-timeout=1s")) {
            assertThat(appenders()).containsExactlyInAnyOrder(Log4j2OutputInstaller.SHIPPING_APPENDER_NAME,
                    Log4j2OutputInstaller.TAP_APPENDER_NAME);
            context.getBean(SecurityEvents.class).record(failure("mallory-file"));
            await().atMost(Duration.ofSeconds(5)).until(() -> named(file, "mallory-file").size() == 1);
            assertThat(named(file, "mallory-file").get(0).at("/metadata/product/name").asText())
                    .isEqualTo("log4j2-file");

            ((LoggerContext) LogManager.getContext(false)).reconfigure();
            assertThat(appenders()).containsExactlyInAnyOrder(Log4j2OutputInstaller.SHIPPING_APPENDER_NAME,
                    Log4j2OutputInstaller.TAP_APPENDER_NAME);
            context.getBean(SecurityEvents.class).record(failure("trudy-file"));
            await().atMost(Duration.ofSeconds(5)).until(() -> named(file, "trudy-file").size() == 1);
            // The endpoint reports the pipeline of the appender installed after the re-initialisation.
            await().atMost(Duration.ofSeconds(5)).until(() -> (Long) context.getBean(DeliveryState.class).snapshot()
                    .get("delivered") >= 1);
        }
        assertThat(appenders()).isEmpty();
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
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            for (String l : Files.readAllLines(file)) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        }
        return lines;
    }

    private static List<String> appenders() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        var config = ctx.getConfiguration().getLoggerConfig(SecurityEvents.LOGGER_NAME);
        if (!SecurityEvents.LOGGER_NAME.equals(config.getName())) {
            return List.of();
        }
        return new ArrayList<>(config.getAppenders().keySet());
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
