package uk.gov.justice.securityevents.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.infrastructure.ServiceStarted;
import uk.gov.justice.securityevents.model.Application;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.spring.internal.PrincipleSevenGuard;
import uk.gov.justice.securityevents.spring.internal.logback.LogbackOutputInstaller;
import uk.gov.justice.securityevents.spring.internal.security.LoginEventBridge;
import uk.gov.justice.securityevents.spring.support.CanonicalEvents;

/**
 * Start-up, shut-down and configuration of the starter, each in a small non-web application of its own (fast to
 * start, closed at the end of the test).
 */
@ExtendWith(OutputCaptureExtension.class)
class StarterLifecycleTest {

    @Test
    void eventsEmittedWhileTheContextStartsAreAlreadyCanonical(CapturedOutput output) {
        int start = output.getOut().length();
        try (ConfigurableApplicationContext context = run(App.class, "spring.application.name=lifecycle",
                "spring.profiles.active=test,local")) {
            List<JsonNode> events = CanonicalEvents.in(output.getOut().substring(start));
            assertThat(CanonicalEvents.codes(events)).containsExactly("sys_startup");
            assertThat(events.get(0).at("/metadata/product/name").asText()).isEqualTo("lifecycle");
            assertThat(events.get(0).at("/metadata/labels").toString()).contains("environment:test,local");
            assertThat(context.getBean(SecurityEvents.class)).isSameAs(SecurityEvents.getDefault());
        }
    }

    @Test
    void survivesLoggingReinitialisationAndNeverInstallsTwo(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run(App.class, "spring.application.name=lifecycle")) {
            // What Spring Cloud's refresh or a second SpringApplication does to logging: clean up, reset, configure.
            LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
            for (int i = 0; i < 2; i++) {
                logging.cleanUp();
                logging.beforeInitialize();
                logging.initialize(new LoggingInitializationContext(context.getEnvironment()), null, null);
            }
            context.publishEvent(new org.springframework.context.event.ContextRefreshedEvent(context));
            assertThat(appendersOnSecurityEventsLogger()).containsExactlyInAnyOrder(
                    LogbackOutputInstaller.CONSOLE_APPENDER_NAME, LogbackOutputInstaller.TAP_APPENDER_NAME);

            int start = output.getOut().length();
            EmittedEvent emitted = context.getBean(SecurityEvents.class).record(failure("mallory"));
            List<JsonNode> events = CanonicalEvents.in(output.getOut().substring(start));
            assertThat(events).hasSize(1);
            assertThat(events.get(0).at("/metadata/uid").asText()).isEqualTo(emitted.envelope().uid());
        }
        assertThat(appendersOnSecurityEventsLogger()).isEmpty(); // removed when the context closed
    }

    @Test
    void aConfigurationWithItsOwnEncoderGetsNoSecondOutput(CapturedOutput output, @TempDir Path dir)
            throws Exception {
        try (ConfigurableApplicationContext context = run(App.class, "spring.application.name=lifecycle")) {
            Path file = dir.resolve("events.ndjson");
            LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
            logback.reset();
            logback.putProperty("OUT_FILE", file.toString());
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logback);
            configurator.doConfigure(getClass().getClassLoader().getResource("logback-own-encoder.xml"));
            assertThat(appendersOnSecurityEventsLogger()).containsExactly(LogbackOutputInstaller.TAP_APPENDER_NAME);

            int start = output.getOut().length();
            context.getBean(SecurityEvents.class).record(failure("mallory"));
            assertThat(CanonicalEvents.in(output.getOut().substring(start))).isEmpty();
            List<JsonNode> inFile = CanonicalEvents.in(Files.readString(file));
            assertThat(CanonicalEvents.codes(inFile)).containsExactly("authn_login_fail");
            assertThat(inFile.get(0).at("/metadata/product/name").asText()).isEqualTo("own-config");
        } finally {
            LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        }
    }

    @Test
    void disabledTurnsEverythingOff(CapturedOutput output) {
        int start = output.getOut().length();
        try (ConfigurableApplicationContext context = run(App.class, "security-events.enabled=false")) {
            assertThat(context.getBeansOfType(SecurityEvents.class)).isEmpty();
            assertThat(context.getBeansOfType(LogbackOutputInstaller.class)).isEmpty();
            assertThat(context.getBeansOfType(LoginEventBridge.class)).isEmpty();
            assertThat(context.getBeansOfType(SecurityEventsProperties.class)).isEmpty();
            assertThat(appendersOnSecurityEventsLogger()).isEmpty();
            context.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken("mallory", "guess"), new BadCredentialsException("bad")));
            // The app's own static emit still reaches the ordinary log, but nothing canonical is written.
            assertThat(CanonicalEvents.in(output.getOut().substring(start))).isEmpty();
            assertThat(output.getOut().substring(start)).contains("sys_startup").doesNotContain("mallory");
        }
    }

    @Test
    void aUserDefinedSecurityEventsBeanReplacesOursAndReceivesTheBridgedEvents(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run(OwnSecurityEventsApp.class)) {
            SecurityEvents own = context.getBean(SecurityEvents.class);
            assertThat(own).isNotSameAs(SecurityEvents.getDefault());
            int start = output.getOut().length();
            context.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken("mallory", "guess"), new BadCredentialsException("bad")));
            assertThat(output.getOut().substring(start)).contains("custom-security-events")
                    .contains("authn_login_fail User[name=mallory]");
        }
    }

    @Test
    void invalidPropertiesFailStartUpNamingTheProperty(CapturedOutput output) {
        assertThatThrownBy(() -> run(App.class, "security-events.platform-covered-principles=1a,9z"))
                .hasStackTraceContaining("platform-covered-principles");
        assertThat(output.getAll()).contains("Property: security-events.platform-covered-principles")
                .contains("'9z' is not an MoJ principle reference");

        assertThatThrownBy(() -> run(App.class, "security-events.bridge.spring-security.failure-window=-5s"))
                .isNotNull();
        assertThat(output.getAll()).contains("Property: security-events.bridge.spring-security.failure-window")
                .contains("must be a positive duration");
    }

    @Test
    void principleSevenGuardWarnsInProductionUnlessAcknowledged(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run(App.class, "spring.profiles.active=prod")) {
            String warning = context.getBean(PrincipleSevenGuard.class).lastWarning();
            assertThat(warning).contains("principle 7").contains("[prod]").contains("stdout")
                    .contains("security-events.platform-destination-acknowledged=true");
            assertThat(output.getOut()).contains("WARN").contains(warning);
        }
        try (ConfigurableApplicationContext context = run(App.class, "spring.profiles.active=production",
                "security-events.platform-destination-acknowledged=true")) {
            assertThat(context.getBean(PrincipleSevenGuard.class).lastWarning()).isNull();
        }
        try (ConfigurableApplicationContext context = run(App.class, "spring.profiles.active=dev")) {
            assertThat(context.getBean(PrincipleSevenGuard.class).lastWarning()).isNull();
        }
    }

    @Test
    void keepHumanLineAlsoWritesTheSummaryToTheOrdinaryLog(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run(App.class, "security-events.logback.keep-human-line=true")) {
            int start = output.getOut().length();
            context.getBean(SecurityEvents.class).record(failure("mallory"));
            String out = output.getOut().substring(start);
            assertThat(CanonicalEvents.in(out)).hasSize(1);
            assertThat(out).contains("security event authn_login_fail User[name=mallory]");
        }
    }

    private static LoginFailure failure(String name) {
        return LoginFailure.builder().user(User.builder().name(name).build())
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build();
    }

    private static List<String> appendersOnSecurityEventsLogger() {
        Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(SecurityEvents.LOGGER_NAME);
        List<String> names = new ArrayList<>();
        logger.iteratorForAppenders().forEachRemaining(a -> names.add(a.getName()));
        return names;
    }

    private static ConfigurableApplicationContext run(Class<?> source, String... properties) {
        return new SpringApplicationBuilder(source).web(WebApplicationType.NONE).properties(properties)
                .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false").run();
    }

    /** A non-web application whose bean emits while the context starts. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
        @Bean
        Object startupEmitter() {
            return SecurityEvents.emit(ServiceStarted.builder().app(Application.of("lifecycle-test", "1.0")).build());
        }
    }

    /** The application defines its own SecurityEvents, on its own logger. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class OwnSecurityEventsApp {
        @Bean
        SecurityEvents ownSecurityEvents() {
            return SecurityEvents.builder().loggerName("custom-security-events").build();
        }
    }
}
