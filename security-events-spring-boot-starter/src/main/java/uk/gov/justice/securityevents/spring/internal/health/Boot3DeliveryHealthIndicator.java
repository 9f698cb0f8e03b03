package uk.gov.justice.securityevents.spring.internal.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** Spring Boot 3.x health indicator {@code securityEvents} (package {@code org.springframework.boot.actuate.health}). */
public final class Boot3DeliveryHealthIndicator implements HealthIndicator {
    private final DeliveryHealthCheck check;

    /** @param check the decision */
    public Boot3DeliveryHealthIndicator(DeliveryHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        return (check.up() ? Health.up() : Health.down()).withDetails(check.details()).build();
    }
}
