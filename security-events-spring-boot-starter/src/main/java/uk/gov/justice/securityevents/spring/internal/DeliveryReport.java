package uk.gov.justice.securityevents.spring.internal;

import java.util.Map;

/**
 * Delivery counters (delivered, retried, spooled, dropped by reason, queue depth) for the {@code securityevents}
 * actuator endpoint. Nothing implements it yet: the transport integration will provide a bean, and until then the
 * endpoint leaves the {@code delivery} section out rather than showing invented numbers.
 */
@FunctionalInterface
public interface DeliveryReport {
    /** A snapshot of the counters, in display order. */
    Map<String, Object> snapshot();
}
