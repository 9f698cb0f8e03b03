package uk.gov.justice.securityevents.spring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DropReason;

/**
 * The delivery side of the starter: which shipping pipeline is current (the starter's own shipping appender, or a
 * {@code SecurityEventAppender} from the application's own logging configuration), when delivery started failing,
 * and the counters for the actuator endpoint ({@link DeliveryReport}), the health indicator and the meters.
 *
 * <p>It is the {@link DeliveryListener} of the appender the starter installs; for an appender configured elsewhere
 * (no listener of ours) the failing state is taken from the snapshot when it is read.
 */
public final class DeliveryState implements DeliveryListener, DeliveryReport {
    private final Clock clock;
    private volatile Supplier<DeliverySnapshot> source;
    private volatile String destination;
    private volatile Instant failingSince;
    private volatile String lastFailure;

    /** A state with no pipeline yet. */
    public DeliveryState() {
        this(Clock.systemUTC());
    }

    DeliveryState(Clock clock) {
        this.clock = clock;
    }

    /**
     * Sets the current pipeline.
     *
     * @param description what and where, e.g. {@code https (Logback appender 'SECURITY_EVENTS_SHIPPING')}
     * @param snapshots   reads its counters; may return null (not started)
     */
    public void use(String description, Supplier<DeliverySnapshot> snapshots) {
        if (snapshots != source) {
            failingSince = null;
            lastFailure = null;
        }
        this.destination = description;
        this.source = snapshots;
    }

    /** Forgets the pipeline (no shipping output now). */
    public void clear() {
        source = null;
        destination = null;
        failingSince = null;
    }

    /** @return whether a shipping pipeline is known */
    public boolean present() {
        return source != null;
    }

    /** @return what the pipeline delivers to, or null */
    public String destination() {
        return destination;
    }

    /** @return the current counters, or null without a started pipeline */
    public DeliverySnapshot current() {
        Supplier<DeliverySnapshot> s = source;
        DeliverySnapshot snapshot = s == null ? null : s.get();
        if (snapshot != null) {
            if (snapshot.failing() && failingSince == null) {
                failingSince = clock.instant();
            } else if (!snapshot.failing()) {
                failingSince = null;
            }
        }
        return snapshot;
    }

    /** @return since when delivery has been failing, or null when it is not */
    public Instant failingSince() {
        current();
        return failingSince;
    }

    /** @return the first failure of the current outage, or null */
    public String lastFailure() {
        return failingSince == null ? null : lastFailure;
    }

    /**
     * @param threshold how long failing is tolerated
     * @return whether delivery has been failing for longer than the threshold
     */
    public boolean failingLongerThan(Duration threshold) {
        Instant since = failingSince();
        return since != null && Duration.between(since, clock.instant()).compareTo(threshold) > 0;
    }

    @Override
    public void onDeliveryFailing(String reason) {
        lastFailure = reason;
        if (failingSince == null) {
            failingSince = clock.instant();
        }
    }

    @Override
    public void onDeliveryRecovered(Duration outage) {
        failingSince = null;
        lastFailure = null;
    }

    /** The {@code delivery} section of the actuator endpoint; null without a shipping pipeline. */
    @Override
    public Map<String, Object> snapshot() {
        DeliverySnapshot s = current();
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("destination", destination);
        m.put("offered", s.offered());
        m.put("delivered", s.delivered());
        m.put("retried", s.retries());
        m.put("failedPermanently", s.permanentFailures());
        Map<String, Object> dropped = new LinkedHashMap<>();
        for (DropReason r : DropReason.values()) {
            dropped.put(r.name(), s.dropped(r));
        }
        m.put("dropped", dropped);
        m.put("droppedTotal", s.droppedTotal());
        Map<String, Object> queue = new LinkedHashMap<>();
        queue.put("events", s.queuedEvents());
        queue.put("pendingEvents", s.pendingEvents());
        queue.put("bytes", s.heldBytes());
        queue.put("bytesHighWaterMark", s.heldBytesHighWaterMark());
        m.put("queue", queue);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("batchesDelivered", s.batchesDelivered());
        latency.put("lastMillis", millis(s.lastLatency()));
        latency.put("meanMillis", millis(s.meanLatency()));
        latency.put("maxMillis", millis(s.maxLatency()));
        m.put("latency", latency);
        Map<String, Object> spool = new LinkedHashMap<>();
        spool.put("bytes", s.spoolBytes());
        spool.put("segments", s.spoolSegments());
        spool.put("events", s.spoolEvents());
        spool.put("spooled", s.spooled());
        spool.put("replayed", s.replayed());
        spool.put("recovered", s.recovered());
        m.put("spool", spool);
        m.put("failing", s.failing());
        Instant since = failingSince;
        m.put("failingSince", since == null ? null : since.toString());
        String failure = lastFailure();
        if (failure != null) {
            m.put("lastFailure", failure);
        }
        return m;
    }

    private static Long millis(Duration d) {
        return d == null ? null : d.toMillis();
    }
}
