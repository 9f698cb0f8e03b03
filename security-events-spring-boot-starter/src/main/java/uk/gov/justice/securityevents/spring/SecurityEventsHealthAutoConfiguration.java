package uk.gov.justice.securityevents.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.spring.internal.health.Boot3DeliveryHealthIndicator;
import uk.gov.justice.securityevents.spring.internal.health.Boot4DeliveryHealthIndicator;
import uk.gov.justice.securityevents.spring.internal.health.DeliveryHealthCheck;

/**
 * Health indicator {@code securityEvents}: UP while events are delivered, DOWN when delivery has been failing for
 * longer than {@code security-events.health.failing-threshold}. Spring Boot 4 moved {@code HealthIndicator} to
 * {@code org.springframework.boot.health.contributor}, so there is one nested configuration per Boot line, each
 * guarded by the class name of its own {@code HealthIndicator} (read from the bytecode, never loaded when absent).
 * Off with {@code management.health.securityevents.enabled=false}.
 */
@AutoConfiguration(after = SecurityEventsAutoConfiguration.class)
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
@ConditionalOnBean(DeliveryState.class)
public class SecurityEventsHealthAutoConfiguration {
    private static final String BEAN_NAME = "securityEventsHealthIndicator";

    /** The decision both indicators share. */
    @Bean
    @ConditionalOnMissingBean
    public DeliveryHealthCheck securityEventsHealthCheck(DeliveryState delivery, OutputInventory outputs,
            SecurityEventsProperties properties) {
        return new DeliveryHealthCheck(delivery, outputs, properties.getHealth().getFailingThreshold());
    }

    /** Spring Boot 3.x. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "management.health.securityevents", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    public static class Boot3 {
        /** The indicator, named securityEvents. */
        @Bean(name = BEAN_NAME)
        @ConditionalOnMissingBean(name = BEAN_NAME)
        public Boot3DeliveryHealthIndicator securityEventsHealthIndicator(DeliveryHealthCheck check) {
            return new Boot3DeliveryHealthIndicator(check);
        }
    }

    /** Spring Boot 4.x. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "management.health.securityevents", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    public static class Boot4 {
        /** The indicator, named securityEvents. */
        @Bean(name = BEAN_NAME)
        @ConditionalOnMissingBean(name = BEAN_NAME)
        public Boot4DeliveryHealthIndicator securityEventsHealthIndicator(DeliveryHealthCheck check) {
            return new Boot4DeliveryHealthIndicator(check);
        }
    }
}
