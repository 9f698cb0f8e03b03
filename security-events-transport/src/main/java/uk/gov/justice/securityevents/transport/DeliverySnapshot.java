package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A point-in-time copy of a pipeline's counters. Counters are read one by one without a global lock, so while
 * events are moving the identity {@code offered == delivered + droppedTotal + pendingEvents} may be off by the
 * events in motion; once the pipeline is idle (or stopped) it holds exactly.
 *
 * @param offered                events passed to {@link DeliveryPipeline#offer(OutboundEvent)}
 * @param delivered              events accepted by the destination
 * @param retries                batch attempts after the first (each retry of a batch counts once)
 * @param permanentFailures      batch attempts rejected permanently (their events are in {@code dropped[REJECTED]})
 * @param droppedByReason        events dropped, by reason (every reason present, zero if none)
 * @param queuedEvents           events waiting in the queue (not yet taken into a batch)
 * @param pendingEvents          events held: queued plus in the batch being sent
 * @param heldBytes              retained bytes of the pending events (bounded by {@link PipelineSettings#maxQueueBytes()})
 * @param heldBytesHighWaterMark the largest {@code heldBytes} ever reached
 * @param batchesDelivered       batches accepted by the destination
 * @param lastLatency            latency of the last delivered batch (oldest event's offer to acknowledgement)
 * @param maxLatency             largest batch latency seen
 * @param totalLatency           sum of batch latencies (divide by {@code batchesDelivered} for the mean)
 * @param failing                whether delivery is currently failing
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
        boolean failing) {

    // Copies the map so the snapshot is immutable and lists every reason.
    public DeliverySnapshot {
        EnumMap<DropReason, Long> copy = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            copy.put(r, droppedByReason == null ? 0L : droppedByReason.getOrDefault(r, 0L));
        }
        droppedByReason = Collections.unmodifiableMap(copy);
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
