package uk.gov.justice.securityevents.transport;

/**
 * What {@link DeliveryPipeline#offer(OutboundEvent)} does when the queue's byte bound would be exceeded.
 * Every event not queued is counted under a {@link DropReason}.
 */
public enum OverflowPolicy {
    /** Reject the new event at once ({@link DropReason#QUEUE_FULL}). The caller never waits. The default. */
    DROP_NEWEST,
    /**
     * Evict the oldest queued events until the new one fits ({@link DropReason#EVICTED_OLDEST}); keeps the most
     * recent picture at the cost of the oldest. The caller never waits.
     */
    DROP_OLDEST,
    /**
     * Wait up to {@link PipelineSettings#blockTimeout()} for room, then drop the new event
     * ({@link DropReason#BLOCK_TIMEOUT}). The only policy under which {@code offer} can make the caller wait.
     */
    BLOCK
}
