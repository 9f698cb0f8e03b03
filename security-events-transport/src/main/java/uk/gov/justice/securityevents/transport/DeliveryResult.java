package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The outcome of one attempt to send one batch to a {@link Destination}. Immutable. */
public final class DeliveryResult {

    /** The kinds of outcome; the pipeline's reaction to each is fixed (see {@code docs/transport.md}). */
    public enum Outcome {
        /** The destination accepted the whole batch. */
        DELIVERED,
        /** A transient failure (I/O error, timeout, 408, 429, 5xx): send the same batch again later. */
        RETRYABLE,
        /** The destination refused the batch for good (e.g. 400, 401, 403): count and report, do not retry. */
        PERMANENT_FAILURE,
        /** The batch is too large (HTTP 413): split it in halves and send each. */
        TOO_LARGE
    }

    private static final DeliveryResult DELIVERED = new DeliveryResult(Outcome.DELIVERED, "delivered", null);

    private final Outcome outcome;
    private final String reason;
    private final Duration retryAfter;

    private DeliveryResult(Outcome outcome, String reason, Duration retryAfter) {
        this.outcome = outcome;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** @return the "accepted" result */
    public static DeliveryResult delivered() {
        return DELIVERED;
    }

    /**
     * @param reason     why (must not contain credentials)
     * @param retryAfter the destination's requested wait ({@code Retry-After}), or {@code null}
     * @return a transient failure
     */
    public static DeliveryResult retryable(String reason, Duration retryAfter) {
        return new DeliveryResult(Outcome.RETRYABLE, Objects.requireNonNull(reason, "reason"), retryAfter);
    }

    /**
     * @param reason why (must not contain credentials)
     * @return a permanent failure
     */
    public static DeliveryResult permanentFailure(String reason) {
        return new DeliveryResult(Outcome.PERMANENT_FAILURE, Objects.requireNonNull(reason, "reason"), null);
    }

    /**
     * @param reason why (must not contain credentials)
     * @return a "too large" result
     */
    public static DeliveryResult tooLarge(String reason) {
        return new DeliveryResult(Outcome.TOO_LARGE, Objects.requireNonNull(reason, "reason"), null);
    }

    /** @return the outcome */
    public Outcome outcome() {
        return outcome;
    }

    /** @return a short description, safe to log */
    public String reason() {
        return reason;
    }

    /** @return the destination's requested wait before the next attempt, if it gave one */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return outcome + (retryAfter == null ? "" : " retryAfter=" + retryAfter) + ": " + reason;
    }
}
