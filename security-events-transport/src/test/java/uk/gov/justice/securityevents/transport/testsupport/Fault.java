package uk.gov.justice.securityevents.transport.testsupport;

/**
 * What the {@link TestCollector} does with one request instead of (or before) accepting it.
 *
 * @param kind       the behaviour
 * @param status     HTTP status for {@link Kind#STATUS}
 * @param retryAfter {@code Retry-After} header value, or {@code null}
 */
public record Fault(Kind kind, int status, String retryAfter) {

    /** Behaviours. */
    public enum Kind {
        /** Check the credential and the size limit, then accept with 200. */
        ACCEPT,
        /** Answer with a fixed status (the events are not recorded). */
        STATUS,
        /** Read the request, then never answer until the collector closes. */
        HANG,
        /** Read the request, then close the connection without any response. */
        RESET
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
}
