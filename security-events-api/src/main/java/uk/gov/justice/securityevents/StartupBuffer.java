package uk.gov.justice.securityevents;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

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
 *   <li>An output that only formats (the Logback encoder, the Log4j2 layout) writes every event logged after it starts
 *       but cannot take the held ones; it calls {@link #formattingOutputStarted(Duration)}. If no shipping output
 *       attaches within that grace period ({@link #DEFAULT_FORMATTING_GRACE} for the SDK's own outputs: time for a
 *       shipping appender later in the same configuration), collection ends: the events held from before the
 *       formatting output started are counted in {@link #overflowCount()} and dropped, the later ones (which it
 *       wrote) are just let go.</li>
 *   <li>Collecting takes a lock only during the start-up phase; once it ends, {@code record} pays one volatile read.
 *       (Without the grace period a formatting-only configuration would take the lock on every emit, and keep the
 *       last {@value #DEFAULT_CAPACITY} events, for the life of the process.)</li>
 * </ul>
 *
 * <p>A sink must attach before it can receive events through logging (the SDK's appenders attach in
 * {@code start()}, which Logback and Log4j2 call before the appender is reachable from any logger). Outputs that only
 * format (the Logback encoder, the Log4j2 layout) do not attach. Thread-safe.
 */
public final class StartupBuffer {
    /** Events held at most before the first sink attaches: {@value}. */
    public static final int DEFAULT_CAPACITY = 1000;

    /**
     * How long collection goes on after the first formatting-only output starts, waiting for a shipping output: 60 s
     * (a Spring Boot application installs its outputs within its start-up).
     */
    public static final Duration DEFAULT_FORMATTING_GRACE = Duration.ofSeconds(60);

    private static final StartupBuffer GLOBAL = new StartupBuffer(DEFAULT_CAPACITY, System::nanoTime);

    private final int capacity;
    private final Object lock = new Object();
    private final ArrayDeque<EmittedEvent> held = new ArrayDeque<>();
    private final List<SecurityEventSink> sinks = new CopyOnWriteArrayList<>();
    private final AtomicLong overflow = new AtomicLong();
    private volatile boolean collecting = true;
    private final LongSupplier nanoTime;
    /** Whether a formatting-only output has started (then collection ends at {@link #formattingDeadline}). */
    private boolean formattingStarted;
    private long formattingDeadline;
    /** Held events that were emitted before the first formatting-only output started (it never wrote them). */
    private int heldBeforeFormatting;

    /**
     * A separate buffer, for tests of code that drains one; production code uses {@link #global()}.
     *
     * @param capacity events held at most, at least 0
     */
    StartupBuffer(int capacity) {
        this(capacity, System::nanoTime);
    }

    /** A separate buffer with its own clock, for tests of the formatting grace period. */
    StartupBuffer(int capacity, LongSupplier nanoTime) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative but was " + capacity);
        }
        this.capacity = capacity;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
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
            if (formattingStarted && nanoTime.getAsLong() - formattingDeadline >= 0) {
                // No shipping output came: the formatting output writes this event and the later ones.
                endCollection();
                return;
            }
            if (capacity == 0) {
                overflow.incrementAndGet();
                return;
            }
            if (held.size() == capacity) {
                held.pollFirst();
                overflow.incrementAndGet();
                if (heldBeforeFormatting > 0) {
                    heldBeforeFormatting--; // the oldest go first
                }
            }
            held.addLast(event);
        }
    }

    /** Ends collection for good, counting the held events no output wrote. Caller holds {@link #lock}. */
    private void endCollection() {
        collecting = false;
        overflow.addAndGet(heldBeforeFormatting);
        heldBeforeFormatting = 0;
        held.clear();
    }

    /**
     * Tells the buffer that an output that only formats has started (the Logback {@code SecurityEventEncoder}, the
     * Log4j2 {@code SecurityEventLayout}): it writes what is logged from now on, so if no shipping output
     * {@link #attach attaches} within {@code grace} the buffer stops collecting. The first call sets the deadline;
     * later calls and calls after collection has ended do nothing.
     *
     * @param grace how long a shipping output may still take to attach and receive the held events
     */
    public void formattingOutputStarted(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        synchronized (lock) {
            if (!collecting || formattingStarted) {
                return;
            }
            formattingStarted = true;
            formattingDeadline = nanoTime.getAsLong() + Math.max(0, grace.toNanos());
            heldBeforeFormatting = held.size();
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

    /**
     * Whether a formatting-only output has started ({@link #formattingOutputStarted(Duration)}): collection then ends
     * after its grace period unless a shipping output attaches first.
     */
    public boolean hasFormattingOutput() {
        synchronized (lock) {
            return formattingStarted;
        }
    }

    /** Events held now. */
    public int size() {
        synchronized (lock) {
            return held.size();
        }
    }

    /**
     * Events dropped because the buffer was full (oldest first), a sink failed to take them, or collection ended after
     * a formatting output's grace period with events from before it still held.
     */
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
