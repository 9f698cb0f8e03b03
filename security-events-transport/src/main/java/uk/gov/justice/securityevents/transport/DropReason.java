package uk.gov.justice.securityevents.transport;

/** Why an event was not delivered. Every undelivered event is counted under exactly one reason. */
public enum DropReason {
    /** The queue was full and the policy was {@link OverflowPolicy#DROP_NEWEST}. */
    QUEUE_FULL,
    /** The event was queued, then evicted to make room under {@link OverflowPolicy#DROP_OLDEST}. */
    EVICTED_OLDEST,
    /** The queue stayed full for the whole {@link PipelineSettings#blockTimeout()} under {@link OverflowPolicy#BLOCK}. */
    BLOCK_TIMEOUT,
    /**
     * The event alone is larger than the batch byte limit, or the destination answered "too large" (HTTP 413)
     * for a batch holding only this event.
     */
    EVENT_TOO_LARGE,
    /** The destination rejected the batch permanently (e.g. HTTP 400, 401, 403); retrying would not help. */
    REJECTED,
    /** {@link DeliveryPipeline#stop(java.time.Duration)}'s deadline passed before delivery, or the event was offered after stop. */
    SHUTDOWN
}
