package uk.gov.justice.securityevents.spring;

import ch.qos.logback.classic.LoggerContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import uk.gov.justice.securityevents.logback.SecurityEventEncoder;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;
import uk.gov.justice.securityevents.spring.internal.logback.LogbackOutputInstaller;

/**
 * Logback integration: when the Logback configuration has no appender with {@link SecurityEventEncoder} on logger
 * {@code security-events} or root, installs one on stdout (see {@link LogbackOutputInstaller}); in every case
 * counts emitted events for the coverage table and metrics. With {@code security-events.destination.type} other than
 * stdout the installed output is the shipping {@code SecurityEventAppender} instead. Log4j2:
 * {@link SecurityEventsLog4j2AutoConfiguration}.
 */
@AutoConfiguration
@ConditionalOnClass({LoggerContext.class, SecurityEventEncoder.class})
@Conditional(SecurityEventsLogbackAutoConfiguration.LogbackActive.class)
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class SecurityEventsLogbackAutoConfiguration {
    /** Static: a bean factory post-processor, so it installs before application beans start emitting. */
    @Bean
    @ConditionalOnMissingBean
    public static LogbackOutputInstaller securityEventsLogbackOutput() {
        return new LogbackOutputInstaller();
    }

    /** The coverage table fed by the installer's counting appender. */
    @Bean
    @ConditionalOnMissingBean
    public PrincipleCoverage securityEventsCoverage(LogbackOutputInstaller installer) {
        return installer.coverage();
    }

    /** The outputs the installer found or installed. */
    @Bean
    @ConditionalOnMissingBean
    public OutputInventory securityEventsOutputs(LogbackOutputInstaller installer) {
        return installer.inventory();
    }

    /** The shipping pipeline the installer installed or found. */
    @Bean
    @ConditionalOnMissingBean
    public DeliveryState securityEventsDelivery(LogbackOutputInstaller installer) {
        return installer.delivery();
    }

    /** Matches when SLF4J is bound to Logback (Boot's Logback logging system). */
    static final class LogbackActive implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext;
        }
    }
}
