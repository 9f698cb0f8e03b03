package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.internal.spool.SpoolStore;

/**
 * The pipeline's counters. Events offered are not counted here on the way in: an admitted event is counted by the
 * queue (on the cache line each offer updates anyway), and {@link #rejected} counts the ones refused before admission,
 * so offered = admitted + rejected. Caller-side counters are {@link LongAdder}s (no contention between offering
 * threads); the rest are written by the sender thread only.
 */
public final class Counters {

    private final LongAdder rejected = new LongAdder();
    private final LongAdder[] dropped = new LongAdder[DropReason.values().length];
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong permanentFailures = new AtomicLong();
    private final AtomicLong batchesDelivered = new AtomicLong();
    private volatile long lastLatencyNanos;
    private volatile long maxLatencyNanos;
    private final AtomicLong totalLatencyNanos = new AtomicLong();
    private final AtomicLong spooled = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();

    /** Creates zeroed counters. */
    public Counters() {
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = new LongAdder();
        }
    }

    /** An offered event refused before it was admitted to the queue, counted as dropped for {@code reason}. */
    void rejected(DropReason reason) {
        rejected.increment();
        dropped(reason, 1);
    }

    void dropped(DropReason reason, long count) {
        dropped[reason.ordinal()].add(count);
    }

    long dropped(DropReason reason) {
        return dropped[reason.ordinal()].sum();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void permanentFailure() {
        permanentFailures.incrementAndGet();
    }

    /** Sender thread only. */
    void delivered(int events, long latencyNanos) {
        delivered.addAndGet(events);
        batchesDelivered.incrementAndGet();
        lastLatencyNanos = latencyNanos;
        if (latencyNanos > maxLatencyNanos) {
            maxLatencyNanos = latencyNanos;
        }
        totalLatencyNanos.addAndGet(latencyNanos);
    }

    /** Sender thread (or the stopping thread after it) only. */
    void spooled(int events) {
        spooled.addAndGet(events);
    }

    /** Sender thread only. */
    void replayed(int events) {
        replayed.addAndGet(events);
    }

    DeliverySnapshot snapshot(EventQueue queue, boolean failing, SpoolStore spool) {
        Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            drops.put(r, dropped(r));
        }
        long offered = rejected.sum() + queue.admittedEvents();
        return new DeliverySnapshot(offered, delivered.get(), retries.get(), permanentFailures.get(), drops,
                queue.queuedEvents(), queue.pendingEvents(), queue.heldBytes(), queue.highWaterMark(),
                batchesDelivered.get(), Duration.ofNanos(lastLatencyNanos), Duration.ofNanos(maxLatencyNanos),
                Duration.ofNanos(totalLatencyNanos.get()), failing, spooled.get(), replayed.get(),
                spool == null ? 0 : spool.recovered(), spool == null ? 0 : spool.events(),
                spool == null ? 0 : spool.bytes(), spool == null ? 0 : spool.segments());
    }
}
