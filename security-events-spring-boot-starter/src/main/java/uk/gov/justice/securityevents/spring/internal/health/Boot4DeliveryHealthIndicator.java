package uk.gov.justice.securityevents.spring.internal.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Spring Boot 4.x health indicator {@code securityEvents} (package {@code org.springframework.boot.health.contributor},
 * module spring-boot-health). Only loaded when that package is on the class path.
 */
public final class Boot4DeliveryHealthIndicator implements HealthIndicator {
    private final DeliveryHealthCheck check;

    /** @param check the decision */
    public Boot4DeliveryHealthIndicator(DeliveryHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        return (check.up() ? Health.up() : Health.down()).withDetails(check.details()).build();
    }
}
