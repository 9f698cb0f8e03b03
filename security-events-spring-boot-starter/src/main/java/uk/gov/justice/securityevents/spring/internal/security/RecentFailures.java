package uk.gov.justice.securityevents.spring.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per principal name within a window, for {@code LoginSuccess.priorFailureCount}. Bounded: at most
 * {@code maxEntries} names, the least recently failed forgotten first, so a password-spraying attack over millions
 * of names cannot grow the heap. A success reads and clears the name's count.
 */
public final class RecentFailures {
    private final Duration window;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Entry> entries;

    /**
     * Creates the counter.
     *
     * @param window     how long a failure counts
     * @param maxEntries most names remembered
     * @param clock      the clock
     */
    public RecentFailures(Duration window, int maxEntries, Clock clock) {
        this.window = window;
        this.maxEntries = maxEntries;
        this.clock = clock;
        // Access order + removeEldestEntry: O(1) bounded LRU; logins are not a hot path, a lock is fine.
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > RecentFailures.this.maxEntries;
            }
        };
    }

    /** Counts a failure for the name. */
    synchronized void failed(String name) {
        Instant now = clock.instant();
        Entry e = entries.get(name);
        if (e == null || expired(e, now)) {
            entries.put(name, new Entry(1, now));
        } else {
            entries.put(name, new Entry(e.count + 1, now));
        }
    }

    /** The failures counted for the name within the window, which are then forgotten. */
    synchronized int takeForSuccess(String name) {
        Entry e = entries.remove(name);
        return e == null || expired(e, clock.instant()) ? 0 : e.count;
    }

    /** Names tracked now; for tests. */
    synchronized int size() {
        return entries.size();
    }

    private boolean expired(Entry e, Instant now) {
        return e.lastFailure.plus(window).isBefore(now);
    }

    private static final class Entry {
        final int count;
        final Instant lastFailure;

        Entry(int count, Instant lastFailure) {
            this.count = count;
            this.lastFailure = lastFailure;
        }
    }
}
