package uk.gov.justice.securityevents.spring.internal;

import java.util.Map;

/**
 * Delivery counters (delivered, retried, spooled, dropped by reason, queue depth) for the {@code securityevents}
 * actuator endpoint. {@link DeliveryState} implements it; when no shipping pipeline exists (events go to the stdout
 * console appender) the snapshot is null and the endpoint leaves the {@code delivery} section out rather than showing
 * invented numbers.
 */
@FunctionalInterface
public interface DeliveryReport {
    /** A snapshot of the counters, in display order; null when there is nothing to report. */
    Map<String, Object> snapshot();
}
