package uk.gov.justice.securityevents.transport;

/** Why an event was not delivered. Every undelivered event is counted under exactly one reason. */
public enum DropReason {
    /** The queue was full and the policy was {@link OverflowPolicy#DROP_NEWEST} (or {@link OverflowPolicy#SPOOL}). */
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
    /**
     * The canonical writer could not serialise the event (it cannot be written within the writer's
     * {@code maxEventBytes} even with every string and array cut to the shortest the writer allows).
     */
    UNSERIALISABLE,
    /** The destination rejected the batch permanently (e.g. HTTP 400, 401, 403); retrying would not help. */
    REJECTED,
    /**
     * {@link DeliveryPipeline#stop(java.time.Duration)}'s deadline passed before delivery and the event could not be
     * spooled (no spool, or the spool could not take it), or the event was offered after stop.
     */
    SHUTDOWN,
    /** The disk spool was at {@link DiskSpool#maxBytes()} and refused the event ({@link SpoolFullPolicy#REFUSE_NEWEST}). */
    SPOOL_FULL,
    /**
     * The event was in the disk spool's oldest segment, deleted to make room for newer events
     * ({@link SpoolFullPolicy#DROP_OLDEST}).
     */
    SPOOL_EVICTED,
    /**
     * The disk spool could not be written (directory missing or not writable, disk full, I/O error) when the event
     * needed it: the queue was full under {@link OverflowPolicy#SPOOL} while the spool was failing.
     */
    SPOOL_WRITE_FAILED,
    /**
     * A spooled record failed its checksum or could not be decoded or read back (a write torn by a crash, damaged
     * storage): skipped, never sent. A damaged region found when a spool is opened counts once, since how many
     * events it held cannot be known.
     */
    SPOOL_CORRUPT
}
