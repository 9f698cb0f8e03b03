package uk.gov.justice.securityevents.transport;

/**
 * What happens when the in-memory queue of a {@link DeliveryPipeline} fills up. Every event not queued is counted
 * under a {@link DropReason}.
 *
 * <p>The default is {@link #SPOOL} when the pipeline has a {@link DiskSpool} and {@link #DROP_NEWEST} otherwise
 * ({@link PipelineSettings#DEFAULT_OVERFLOW_POLICY}, {@link PipelineSettings#DEFAULT_OVERFLOW_POLICY_WITH_SPOOL}).
 * Independently of the policy, a pipeline with a spool writes to it every batch the destination could not take
 * (down, throttling, failing): the policy only decides what happens when the queue fills while the destination is
 * still taking events, only slower than they arrive.
 */
public enum OverflowPolicy {
    /** Reject the new event at once ({@link DropReason#QUEUE_FULL}). The caller never waits. */
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
    BLOCK,
    /**
     * Move queued events to the {@link DiskSpool} before the queue fills: once the queue holds
     * {@link PipelineSettings#SPILL_THRESHOLD_PERCENT} % of {@link PipelineSettings#maxQueueBytes()}, the sender
     * thread appends what is queued to the spool, and from then on the destination is fed from the spool, in order.
     * The caller never waits and never does I/O. If the queue is full all the same (the disk is slower than the
     * producers), the new event is dropped as {@link DropReason#QUEUE_FULL}, or {@link DropReason#SPOOL_WRITE_FAILED}
     * while the spool cannot be written. Requires {@link PipelineSettings.Builder#spool(DiskSpool)}; the default
     * when a spool is configured.
     */
    SPOOL
}
