package uk.gov.justice.securityevents.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;
import uk.gov.justice.securityevents.spring.internal.log4j2.Log4j2OutputInstaller;

/**
 * Log4j2 integration, when Log4j2 is the logging system (log4j-core present and bound, e.g. with
 * {@code spring-boot-starter-log4j2} and {@code spring-boot-starter-logging} excluded): the same outputs, rules and
 * properties as the Logback integration (see {@link Log4j2OutputInstaller}).
 */
@AutoConfiguration(after = SecurityEventsLogbackAutoConfiguration.class,
        before = SecurityEventsAutoConfiguration.class)
@ConditionalOnClass(name = {"org.apache.logging.log4j.core.LoggerContext",
        "uk.gov.justice.securityevents.log4j2.SecurityEventsAppender"})
@Conditional(SecurityEventsLog4j2AutoConfiguration.Log4j2Active.class)
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class SecurityEventsLog4j2AutoConfiguration {
    /** Static: a bean factory post-processor, so it installs before application beans start emitting. */
    @Bean
    @ConditionalOnMissingBean
    public static Log4j2OutputInstaller securityEventsLog4j2Output() {
        return new Log4j2OutputInstaller();
    }

    /** The coverage table fed by the installer's counting appender. */
    @Bean
    @ConditionalOnMissingBean
    public PrincipleCoverage securityEventsCoverage(Log4j2OutputInstaller installer) {
        return installer.coverage();
    }

    /** The outputs the installer found or installed. */
    @Bean
    @ConditionalOnMissingBean
    public OutputInventory securityEventsOutputs(Log4j2OutputInstaller installer) {
        return installer.inventory();
    }

    /** The shipping pipeline the installer installed or found. */
    @Bean
    @ConditionalOnMissingBean
    public DeliveryState securityEventsDelivery(Log4j2OutputInstaller installer) {
        return installer.delivery();
    }

    /** Matches when log4j-core is the active Log4j API implementation. */
    static final class Log4j2Active implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Log4j2OutputInstaller.log4j2Active();
        }
    }
}
