package uk.gov.justice.securityevents.transport.testsupport;

/**
 * What the {@link TestCollector} does with one request instead of (or before) accepting it.
 *
 * @param kind       the behaviour
 * @param status     HTTP status for {@link Kind#STATUS}
 * @param retryAfter {@code Retry-After} header value, or {@code null}
 */
public record Fault(Kind kind, int status, String retryAfter, java.time.Duration delay) {

    /**
     * @param kind       the behaviour
     * @param status     HTTP status for {@link Kind#STATUS}
     * @param retryAfter {@code Retry-After} header value, or {@code null}
     */
    public Fault(Kind kind, int status, String retryAfter) {
        this(kind, status, retryAfter, java.time.Duration.ZERO);
    }

    /** Behaviours. */
    public enum Kind {
        /** Check the credential and the size limit, then accept with 200. */
        ACCEPT,
        /** Answer with a fixed status (the events are not recorded). */
        STATUS,
        /** Read the request, then never answer until the collector closes. */
        HANG,
        /** Read the request, then close the connection without any response. */
        RESET,
        /** Read the request, wait {@link Fault#delay()}, then behave as {@link #ACCEPT} (a slow collector). */
        DELAY,
        /**
         * Accept and record the events, then close the connection without a response: a collector that dies after
         * processing a batch and before answering. The client cannot know, so it sends the batch again.
         */
        ACCEPT_THEN_RESET
    }

    /** @return normal behaviour */
    public static Fault accept() {
        return new Fault(Kind.ACCEPT, 200, null);
    }

    /**
     * @param status e.g. 500
     * @return answer with it
     */
    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, null);
    }

    /**
     * @param status e.g. 429
     * @param retryAfter header value
     * @return answer with both
     */
    public static Fault status(int status, String retryAfter) {
        return new Fault(Kind.STATUS, status, retryAfter);
    }

    /** @return never answer */
    public static Fault hang() {
        return new Fault(Kind.HANG, 0, null);
    }

    /** @return close the connection without an answer */
    public static Fault reset() {
        return new Fault(Kind.RESET, 0, null);
    }

    /**
     * @param delay how long to wait before answering
     * @return accept after the delay
     */
    public static Fault delay(java.time.Duration delay) {
        return new Fault(Kind.DELAY, 200, null, delay);
    }

    /** @return record the events, then close the connection without an answer */
    public static Fault acceptThenReset() {
        return new Fault(Kind.ACCEPT_THEN_RESET, 0, null);
    }
}
