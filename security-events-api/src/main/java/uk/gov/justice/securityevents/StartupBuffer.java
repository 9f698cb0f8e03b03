package uk.gov.justice.securityevents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the events emitted through {@link SecurityEvents} before any shipping output exists (for example before
 * Logback, Log4j2 or Spring Boot have configured the SDK's appender), so they are delivered instead of lost.
 *
 * <ul>
 *   <li>While no {@link SecurityEventSink} has ever attached, every event {@link SecurityEvents#record recorded} is
 *       also kept here, up to {@value #DEFAULT_CAPACITY} events; beyond that the oldest is dropped and counted
 *       ({@link #overflowCount()}).</li>
 *   <li>The first {@link #attach(SecurityEventSink)} hands every held event to that sink, in emission order, and the
 *       buffer stops collecting for good: from then on events reach shipping outputs through logging only, so no event
 *       is delivered twice. Later sinks (e.g. after a logging reconfiguration) receive nothing from the buffer.</li>
 *   <li>Collecting takes a lock only during the start-up phase; once a sink has attached, {@code record} pays one
 *       volatile read.</li>
 * </ul>
 *
 * <p>A sink must attach before it can receive events through logging (the SDK's appenders attach in
 * {@code start()}, which Logback and Log4j2 call before the appender is reachable from any logger). Outputs that only
 * format (the Logback encoder, the Log4j2 layout) do not attach. Thread-safe.
 */
public final class StartupBuffer {
    /** Events held at most before the first sink attaches: {@value}. */
    public static final int DEFAULT_CAPACITY = 1000;

    private static final StartupBuffer GLOBAL = new StartupBuffer(DEFAULT_CAPACITY);

    private final int capacity;
    private final Object lock = new Object();
    private final ArrayDeque<EmittedEvent> held = new ArrayDeque<>();
    private final List<SecurityEventSink> sinks = new CopyOnWriteArrayList<>();
    private final AtomicLong overflow = new AtomicLong();
    private volatile boolean collecting = true;

    /**
     * A separate buffer, for tests of code that drains one; production code uses {@link #global()}.
     *
     * @param capacity events held at most, at least 0
     */
    StartupBuffer(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative but was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The process-wide buffer that {@link SecurityEvents} fills. */
    public static StartupBuffer global() {
        return GLOBAL;
    }

    /** Keeps the event if no sink has attached yet. Called by {@link SecurityEvents#record(SecurityEvent)}. */
    void collect(EmittedEvent event) {
        if (!collecting) {
            return;
        }
        synchronized (lock) {
            if (!collecting) {
                return;
            }
            if (capacity == 0) {
                overflow.incrementAndGet();
                return;
            }
            if (held.size() == capacity) {
                held.pollFirst();
                overflow.incrementAndGet();
            }
            held.addLast(event);
        }
    }

    /**
     * Registers a shipping output. The first call ends collection and hands the held events to {@code sink}, in
     * emission order, on the calling thread; later calls hand over nothing.
     *
     * @param sink the output
     * @return how many held events were handed to {@code sink}
     */
    public int attach(SecurityEventSink sink) {
        Objects.requireNonNull(sink, "sink");
        List<EmittedEvent> drained;
        synchronized (lock) {
            sinks.add(sink);
            collecting = false;
            drained = new ArrayList<>(held);
            held.clear();
        }
        int handed = 0;
        for (EmittedEvent event : drained) {
            try {
                sink.accept(event);
                handed++;
            } catch (RuntimeException e) {
                overflow.incrementAndGet();
            }
        }
        return handed;
    }

    /**
     * Unregisters a shipping output (when it stops). Collection does not resume.
     *
     * @param sink the output given to {@link #attach(SecurityEventSink)}
     */
    public void detach(SecurityEventSink sink) {
        sinks.remove(sink);
    }

    /** Whether events are still being collected (no sink has attached yet). */
    public boolean isCollecting() {
        return collecting;
    }

    /** Events held now. */
    public int size() {
        synchronized (lock) {
            return held.size();
        }
    }

    /** Events dropped because the buffer was full (oldest first) or a sink failed to take them. */
    public long overflowCount() {
        return overflow.get();
    }

    /** Shipping outputs attached now. */
    public int attachedSinks() {
        return sinks.size();
    }

    /** Events held at most. */
    public int capacity() {
        return capacity;
    }
}
