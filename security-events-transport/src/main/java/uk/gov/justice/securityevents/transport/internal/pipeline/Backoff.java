package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: attempt {@code n} waits a random time in {@code [d/2, d]} where
 * {@code d = min(max, initial * 2^(n-1))}. The jitter keeps many instances that failed together from retrying in
 * lock-step. A destination's {@code Retry-After} replaces the computed delay (capped, and never below the initial
 * delay, so {@code Retry-After: 0} cannot cause a hot loop).
 */
public final class Backoff {

    private final long initialNanos;
    private final long maxNanos;
    private final long maxRetryAfterNanos;

    /**
     * @param initial       first delay
     * @param max           largest delay
     * @param maxRetryAfter largest {@code Retry-After} honoured
     */
    public Backoff(Duration initial, Duration max, Duration maxRetryAfter) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.maxRetryAfterNanos = maxRetryAfter.toNanos();
    }

    /**
     * @param attempt    the attempt that failed, from 1
     * @param retryAfter the destination's requested wait, or {@code null}
     * @return how long to wait before the next attempt
     */
    public Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            long ra = Math.min(retryAfter.toNanos(), maxRetryAfterNanos);
            return Duration.ofNanos(Math.max(ra, initialNanos));
        }
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long d = initialNanos << shift;
        if (d <= 0 || d > maxNanos || (initialNanos << shift) >> shift != initialNanos) {
            d = maxNanos;
        }
        long half = d / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(d - half + 1));
    }
}
