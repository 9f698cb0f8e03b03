package uk.gov.justice.securityevents.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Running totals of redacted secrets by {@link SecretKind}, for metrics and health endpoints. Thread-safe and
 * lock-free; counts only ever grow.
 */
public final class RedactionCounts {
    private static final SecretKind[] KINDS = SecretKind.values();

    private final AtomicLongArray counts = new AtomicLongArray(KINDS.length);

    /** A set of counters, all zero. */
    public RedactionCounts() {
    }

    /**
     * Adds to the count of one kind.
     *
     * @param kind  what was redacted
     * @param delta how many, at least 0
     */
    public void add(SecretKind kind, long delta) {
        if (delta < 0) {
            throw new IllegalArgumentException("delta must not be negative but was " + delta);
        }
        counts.addAndGet(kind.ordinal(), delta);
    }

    /** Secrets of this kind redacted so far. */
    public long count(SecretKind kind) {
        return counts.get(kind.ordinal());
    }

    /** Secrets of every kind redacted so far. */
    public long total() {
        long total = 0;
        for (int i = 0; i < KINDS.length; i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** A consistent-enough copy: every kind with its count (zero counts included), in declaration order. */
    public Map<SecretKind, Long> snapshot() {
        Map<SecretKind, Long> copy = new EnumMap<>(SecretKind.class);
        for (SecretKind kind : KINDS) {
            copy.put(kind, counts.get(kind.ordinal()));
        }
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RedactionCounts{");
        for (SecretKind kind : KINDS) {
            long n = count(kind);
            if (n > 0) {
                s.append(s.length() > 16 ? ", " : "").append(kind.label()).append('=').append(n);
            }
        }
        return s.append('}').toString();
    }
}
