package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/**
 * The ready-made configuration combined with an application's own file as a Log4j2 composite configuration (what
 * {@code log4j2.configurationFile=a.xml,b.xml} and Spring Boot's {@code logging.log4j2.config.override} do), set
 * through system properties only. Runs first in its own JVM, so {@code Configurator.initialize} does the loading.
 */
class IncludeFileTest {
    private static final String INCLUDE = "uk/gov/justice/securityevents/log4j2/security-events-log4j2.xml";

    @TempDir
    Path dir;

    @Test
    void theReadyMadeAppenderJoinsTheApplicationsOwnConfiguration() throws Exception {
        Path ordinary = dir.resolve("ordinary.log");
        Path own = Files.writeString(dir.resolve("log4j2.xml"), "<Configuration status=\"warn\"><Appenders>"
                + "<File name=\"ORDINARY\" fileName=\"" + ordinary + "\"><PatternLayout pattern=\"%level %logger - %msg%n\"/>"
                + "</File></Appenders><Loggers><Root level=\"info\"><AppenderRef ref=\"ORDINARY\"/></Root></Loggers>"
                + "</Configuration>", StandardCharsets.UTF_8);
        Path out = dir.resolve("events.ndjson");
        System.setProperty("SECURITY_EVENTS_SERVICE_NAME", "case-api");
        System.setProperty("SECURITY_EVENTS_SERVICE_VERSION", "2.3.1");
        System.setProperty("SECURITY_EVENTS_ENVIRONMENT", "production");
        System.setProperty("SECURITY_EVENTS_TENANT", "hmpps");
        System.setProperty("SECURITY_EVENTS_HOSTNAME", "case-api-7d9f8-abcde");
        System.setProperty("SECURITY_EVENTS_DESTINATION", "file");
        System.setProperty("SECURITY_EVENTS_FILE", out.toString());
        LoggerContext context = Configurator.initialize("composite", own + ",classpath:" + INCLUDE);
        assertThat(context.getConfiguration().getAppenders()).containsKeys("ORDINARY", "SECURITY_EVENTS");
        EmittedEvent sent = SecurityEvents.builder().build().record(LoginFailure.builder().user(User.ofUid("u-1"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        context.stop();

        assertThat(Shipped.lines(out)).containsExactlyElementsOf(Shipped.canonical(sent));
        assertThat(Shipped.lines(ordinary)).anyMatch(l -> l.startsWith("WARN security-events - security event"));
    }
}
