package uk.gov.justice.securityevents.transport;

/** What a {@link DiskSpool} does when appending an event would exceed {@link DiskSpool#maxBytes()}. */
public enum SpoolFullPolicy {
    /**
     * Delete the oldest segment file (except one being replayed at that moment) until the event fits; its events
     * are counted as {@link DropReason#SPOOL_EVICTED}. Keeps the most recent events. The default.
     */
    DROP_OLDEST,
    /** Refuse the new event; it is counted as {@link DropReason#SPOOL_FULL}. Keeps the oldest events. */
    REFUSE_NEWEST
}
