package uk.gov.justice.securityevents.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;
import uk.gov.justice.securityevents.spring.internal.PrincipleSevenGuard;
import uk.gov.justice.securityevents.spring.internal.ServiceIdentity;

/**
 * The core of the starter: the {@link SecurityEventsProperties}, an injectable {@link SecurityEvents} (the
 * process-wide instance behind {@code SecurityEvents.emit}, so static and injected emission share one producer id and
 * one gap-free sequence), the resolved service identity and the principle 7 start-up guard. Every bean yields to one
 * the application defines; {@code security-events.enabled=false} turns the whole starter off.
 */
@AutoConfiguration(after = {SecurityEventsLogbackAutoConfiguration.class,
        SecurityEventsLog4j2AutoConfiguration.class})
@ConditionalOnClass(SecurityEvents.class)
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(SecurityEventsProperties.class)
public class SecurityEventsAutoConfiguration {
    /** The injectable facade; define your own {@link SecurityEvents} bean to replace it. */
    @Bean
    @ConditionalOnMissingBean
    public SecurityEvents securityEvents() {
        return SecurityEvents.getDefault();
    }

    /** Service name, version, environment and tenant, resolved from the properties and their Spring defaults. */
    @Bean
    @ConditionalOnMissingBean
    public ServiceIdentity securityEventsServiceIdentity(Environment environment,
            SecurityEventsProperties properties) {
        return ServiceIdentity.resolve(environment, properties);
    }

    /** Emission counts per principle; stays empty when no logging integration feeds it. */
    @Bean
    @ConditionalOnMissingBean
    public PrincipleCoverage securityEventsCoverage() {
        return new PrincipleCoverage();
    }

    /** Where events go; empty when no logging integration reports an output. */
    @Bean
    @ConditionalOnMissingBean
    public OutputInventory securityEventsOutputs() {
        return new OutputInventory();
    }

    /** No shipping pipeline: no logging integration installed one. */
    @Bean
    @ConditionalOnMissingBean
    public DeliveryState securityEventsDelivery() {
        return new DeliveryState();
    }

    /** Warns at start in production when events do not demonstrably reach the platform. */
    @Bean
    @ConditionalOnMissingBean
    public PrincipleSevenGuard securityEventsPrincipleSevenGuard(SecurityEventsProperties properties,
            OutputInventory outputs) {
        return new PrincipleSevenGuard(properties, outputs);
    }
}
