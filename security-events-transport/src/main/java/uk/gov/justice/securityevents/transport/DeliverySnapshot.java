package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A point-in-time copy of a pipeline's counters. Counters are read one by one without a global lock, so while
 * events are moving the identity
 * {@code offered + recovered == delivered + droppedTotal + pendingEvents + spoolEvents} may be off by the events in
 * motion; once the pipeline is idle (or stopped) it holds exactly. Without a spool the spool fields are zero and it
 * reads {@code offered == delivered + droppedTotal + pendingEvents}.
 *
 * @param offered                events passed to {@link DeliveryPipeline#offer(OutboundEvent)}
 * @param delivered              events accepted by the destination (including {@code replayed})
 * @param retries                attempts made after a transient failure (each re-send of a batch counts once)
 * @param permanentFailures      batch attempts rejected permanently (their events are in {@code dropped[REJECTED]})
 * @param droppedByReason        events dropped, by reason (every reason present, zero if none)
 * @param queuedEvents           events waiting in the in-memory queue (not yet taken into a batch)
 * @param pendingEvents          events held in memory: queued plus taken by the sender and not yet delivered or spooled
 * @param heldBytes              retained bytes of the pending events (bounded by {@link PipelineSettings#maxQueueBytes()})
 * @param heldBytesHighWaterMark the largest {@code heldBytes} ever reached
 * @param batchesDelivered       batches accepted by the destination
 * @param lastLatency            latency of the last delivered batch (oldest event's offer, or for a replayed batch
 *                               its {@code time}, to acknowledgement)
 * @param maxLatency             largest batch latency seen
 * @param totalLatency           sum of batch latencies (divide by {@code batchesDelivered} for the mean)
 * @param failing                whether delivery is currently failing
 * @param spooled                events written to the disk spool by this pipeline
 * @param replayed               events read back from the disk spool and delivered (also counted in {@code delivered})
 * @param recovered              events (and damaged regions) found in the spool when it was opened, left by an
 *                               earlier process
 * @param spoolEvents            events in the spool not yet delivered
 * @param spoolBytes             size of the spool's segment files now (bounded by {@link DiskSpool#maxBytes()})
 * @param spoolSegments          segment files in the spool now
 */
public record DeliverySnapshot(
        long offered,
        long delivered,
        long retries,
        long permanentFailures,
        Map<DropReason, Long> droppedByReason,
        long queuedEvents,
        long pendingEvents,
        long heldBytes,
        long heldBytesHighWaterMark,
        long batchesDelivered,
        Duration lastLatency,
        Duration maxLatency,
        Duration totalLatency,
        boolean failing,
        long spooled,
        long replayed,
        long recovered,
        long spoolEvents,
        long spoolBytes,
        long spoolSegments) {

    // Copies the map so the snapshot is immutable and lists every reason.
    public DeliverySnapshot {
        EnumMap<DropReason, Long> copy = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            copy.put(r, droppedByReason == null ? 0L : droppedByReason.getOrDefault(r, 0L));
        }
        droppedByReason = Collections.unmodifiableMap(copy);
    }

    /**
     * A snapshot of a pipeline without a disk spool (every spool field zero).
     *
     * @param offered                see the record components
     * @param delivered              see the record components
     * @param retries                see the record components
     * @param permanentFailures      see the record components
     * @param droppedByReason        see the record components
     * @param queuedEvents           see the record components
     * @param pendingEvents          see the record components
     * @param heldBytes              see the record components
     * @param heldBytesHighWaterMark see the record components
     * @param batchesDelivered       see the record components
     * @param lastLatency            see the record components
     * @param maxLatency             see the record components
     * @param totalLatency           see the record components
     * @param failing                see the record components
     */
    public DeliverySnapshot(long offered, long delivered, long retries, long permanentFailures,
                            Map<DropReason, Long> droppedByReason, long queuedEvents, long pendingEvents,
                            long heldBytes, long heldBytesHighWaterMark, long batchesDelivered, Duration lastLatency,
                            Duration maxLatency, Duration totalLatency, boolean failing) {
        this(offered, delivered, retries, permanentFailures, droppedByReason, queuedEvents, pendingEvents, heldBytes,
                heldBytesHighWaterMark, batchesDelivered, lastLatency, maxLatency, totalLatency, failing,
                0, 0, 0, 0, 0, 0);
    }

    /**
     * @param reason a reason
     * @return events dropped for it
     */
    public long dropped(DropReason reason) {
        return droppedByReason.get(reason);
    }

    /** @return events dropped for any reason */
    public long droppedTotal() {
        return droppedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return mean batch latency, or zero before the first delivery */
    public Duration meanLatency() {
        return batchesDelivered == 0 ? Duration.ZERO : totalLatency.dividedBy(batchesDelivered);
    }
}
