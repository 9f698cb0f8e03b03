package uk.gov.justice.securityevents.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import uk.gov.justice.securityevents.spring.internal.DeliveryReport;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;
import uk.gov.justice.securityevents.spring.internal.SecurityEventsEndpoint;
import uk.gov.justice.securityevents.spring.internal.ServiceIdentity;

/**
 * The {@code securityevents} actuator endpoint, when Spring Boot Actuator is present (the endpoint annotations and
 * {@code @ConditionalOnAvailableEndpoint} live in the same packages in Boot 3.5 and 4.0). Expose it like any
 * endpoint: {@code management.endpoints.web.exposure.include=securityevents}.
 */
@AutoConfiguration(after = SecurityEventsAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint"})
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
@ConditionalOnBean(PrincipleCoverage.class)
public class SecurityEventsActuatorAutoConfiguration {
    /** The coverage endpoint. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(endpoint = SecurityEventsEndpoint.class)
    public SecurityEventsEndpoint securityEventsEndpoint(PrincipleCoverage coverage, ServiceIdentity identity,
            SecurityEventsProperties properties, OutputInventory outputs, ObjectProvider<DeliveryReport> delivery) {
        return new SecurityEventsEndpoint(coverage, identity, properties.platformCoveredPrincipleItems(), outputs,
                delivery);
    }
}
