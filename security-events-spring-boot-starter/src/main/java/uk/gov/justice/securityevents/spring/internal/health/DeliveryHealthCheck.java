package uk.gov.justice.securityevents.spring.internal.health;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;

/**
 * The health decision, independent of the Boot line: UP while events are delivered (and while delivery has been
 * failing for less than the threshold, since retries, the queue and the spool absorb short outages), DOWN only when
 * delivery has been failing for longer than {@code security-events.health.failing-threshold}.
 */
public final class DeliveryHealthCheck {
    private final DeliveryState delivery;
    private final OutputInventory outputs;
    private final Duration threshold;

    /**
     * @param delivery  the current pipeline
     * @param outputs   where events go, for the details when nothing ships
     * @param threshold how long failing is tolerated
     */
    public DeliveryHealthCheck(DeliveryState delivery, OutputInventory outputs, Duration threshold) {
        this.delivery = delivery;
        this.outputs = outputs;
        this.threshold = threshold;
    }

    /** @return whether the indicator is UP */
    public boolean up() {
        return !delivery.failingLongerThan(threshold);
    }

    /** @return the details shown by {@code /actuator/health} */
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        DeliverySnapshot s = delivery.current();
        if (s == null) {
            d.put("outputs", outputs.outputs().stream().map(OutputInventory.Output::description).toList());
            return d;
        }
        d.put("destination", delivery.destination());
        d.put("failing", s.failing());
        Instant since = delivery.failingSince();
        if (since != null) {
            d.put("failingSince", since.toString());
            d.put("failingFor", Duration.between(since, Instant.now()).toString());
            String reason = delivery.lastFailure();
            if (reason != null) {
                d.put("lastFailure", reason);
            }
        }
        d.put("failingThreshold", threshold.toString());
        d.put("delivered", s.delivered());
        d.put("dropped", s.droppedTotal());
        d.put("pendingEvents", s.pendingEvents());
        d.put("queueBytes", s.heldBytes());
        d.put("spoolBytes", s.spoolBytes());
        return d;
    }
}
