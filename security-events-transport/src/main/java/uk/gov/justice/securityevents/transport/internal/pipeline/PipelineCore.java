package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.Destination;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.internal.codec.Ndjson;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;
import uk.gov.justice.securityevents.transport.internal.spool.SpoolStore;

/**
 * Lifecycle and caller-side admission of a delivery pipeline. {@link #offer} takes no lock and does no I/O (the
 * disk spool is written by the sender thread only); {@link #start} and {@link #stop} are synchronised with each
 * other only.
 */
public final class PipelineCore {

    /** Extra time {@link #stop} gives a sender that missed its deadline (e.g. stuck in a non-interruptible write). */
    static final long ABORT_GRACE_MILLIS = 2_000;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private enum State { NEW, RUNNING, STOPPED }

    private final PipelineSettings settings;
    private final Destination destination;
    private final StatusReporter status;
    private final EventQueue queue;
    private final Counters counters = new Counters();
    private final HealthReporter health;
    private final Sender sender;
    private final EventSerialiser serialiser;
    private final SpoolStore spool;
    private final long spillThresholdBytes;
    private volatile State state = State.NEW;
    /*
     * Whether the last add left a batch or more queued, i.e. the sender is behind and the callers serialise. Taken
     * from the count each add returns anyway, so an offer reads no count of its own; written only when it changes, so
     * offers read it from their own cache. A stale value only moves one event's serialisation to the other thread.
     */
    private volatile boolean senderBehind;
    private Thread thread;
    private long stopResult;

    /**
     * @param settings    pipeline settings
     * @param destination where batches go
     * @param listener    observer (wrapped so it cannot break delivery)
     * @param status      local status channel
     * @throws IllegalStateException if the spool directory is locked by another process or pipeline
     */
    public PipelineCore(PipelineSettings settings, Destination destination, DeliveryListener listener,
                        StatusReporter status) {
        this.settings = settings;
        this.destination = destination;
        this.status = new SafeStatusReporter(status);
        this.queue = new EventQueue(settings.maxQueueBytes());
        SafeListener safe = new SafeListener(listener, this.status);
        this.spool = settings.spool() == null ? null
                : SpoolStore.open(settings.spool(), this.status, counters::dropped);
        this.health = new HealthReporter(destination.description(), this.status, safe, counters,
                settings.dropReportInterval(), spool == null ? null : spool.directory().toString());
        this.serialiser = new EventSerialiser(queue, counters, settings, this.status);
        this.sender = new Sender(queue, counters, settings, destination, health, safe, this.status, spool,
                serialiser);
        this.spillThresholdBytes = sender.spillThresholdBytes();
        destination.reportStatusTo(this.status);
    }

    /** Starts the sender thread; never touches the network. Idempotent; a stopped pipeline cannot restart. */
    public synchronized void start() {
        if (state == State.STOPPED) {
            throw new IllegalStateException("pipeline to " + destination.description() + " was stopped; create a new one");
        }
        if (state == State.RUNNING) {
            return;
        }
        Thread t = new Thread(sender, "security-events-sender-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        sender.bind(t);
        thread = t;
        state = State.RUNNING;
        t.start();
    }

    /**
     * @param event the event
     * @return {@code true} if queued; {@code false} if dropped (and counted)
     */
    public boolean offer(OutboundEvent event) {
        if (state == State.STOPPED) {
            counters.rejected(DropReason.SHUTDOWN);
            return false;
        }
        int wire = Ndjson.lineLength(event);
        long size = event.retainedBytes();
        if (QueuedEvent.tooLarge(wire, size, settings)) {
            counters.rejected(DropReason.EVENT_TOO_LARGE);
            return false;
        }
        long held = queue.tryReserve(size);
        if (held == EventQueue.NO_ROOM) {
            held = makeRoom(size);
            if (held == EventQueue.NO_ROOM) {
                return false;
            }
        }
        return admit(new QueuedEvent(event, size, wire, System.nanoTime()), held);
    }

    /**
     * Serialises {@code emitted} with {@code writer} and queues it. While the sender keeps up (fewer than a batch of
     * events queued when the last event was added, and the queue under half full) and the writer keeps no integrity
     * chain, the serialisation is left to the sender, which does it just before the event joins a batch: the calling
     * thread only queues it, counted at an estimate of its size. Otherwise (the sender is behind, so the callers share
     * the work; or a chain, whose links must follow the queue order) it serialises here and reserves the true size.
     * The event keeps its place in the order of offers either way.
     *
     * @return {@code true} if queued; {@code false} if dropped (and counted)
     */
    public boolean offer(EmittedEvent emitted, SecurityEventWriter writer) {
        if (state == State.STOPPED) {
            counters.rejected(DropReason.SHUTDOWN);
            return false;
        }
        if (writer.integrityChain() == null && !senderBehind) {
            long estimate = serialiser.estimate();
            long held = queue.tryReserve(estimate, settings.maxQueueBytes() / 2);
            if (held != EventQueue.NO_ROOM) {
                return admit(QueuedEvent.unserialised(emitted, writer, estimate, System.nanoTime()), held);
            }
        }
        OutboundEvent event = serialiser.serialiseNow(emitted, writer);
        return event != null && offer(event);
    }

    /** Adds an event whose bytes ({@code held} in all, with it) are reserved, and wakes the sender when needed. */
    private boolean admit(QueuedEvent q, long held) {
        long queued = queue.add(q);
        if (queued == 1 || queued % settings.maxBatchEvents() == 0) {
            sender.wake();
        }
        boolean behind = queued >= settings.maxBatchEvents();
        if (behind != senderBehind) {
            senderBehind = behind;
        }
        if (held >= spillThresholdBytes) {
            sender.requestSpill();
        }
        // stop() may have drained the queue between our state check and the add, and nothing takes from it any more:
        // take back what is left (this event and any other offered in that window), counted as dropped.
        if (state == State.STOPPED) {
            for (QueuedEvent e : drainStragglers()) {
                if (e == q) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return events serialised by the sender rather than the offering thread (a diagnostic) */
    public long serialisedBySender() {
        return serialiser.serialisedBySender();
    }

    /** Applies the overflow policy; returns the bytes held once {@code size} bytes are reserved, or NO_ROOM. */
    private long makeRoom(long size) {
        long held = EventQueue.NO_ROOM;
        switch (settings.overflowPolicy()) {
            case DROP_OLDEST:
                while (held == EventQueue.NO_ROOM) {
                    QueuedEvent oldest = queue.poll();
                    if (oldest == null) {
                        // Everything held is in the batches being sent; nothing can be evicted.
                        counters.rejected(DropReason.QUEUE_FULL);
                        return EventQueue.NO_ROOM;
                    }
                    queue.release(oldest.retainedBytes(), 1);
                    counters.dropped(DropReason.EVICTED_OLDEST, 1);
                    held = queue.tryReserve(size);
                }
                return held;
            case BLOCK:
                held = queue.awaitReserve(size, settings.blockTimeout().toNanos());
                if (held == EventQueue.NO_ROOM) {
                    counters.rejected(DropReason.BLOCK_TIMEOUT);
                }
                return held;
            case SPOOL:
                // The sender moves the queue to disk; the caller never waits for it and never does I/O itself.
                sender.requestSpill();
                counters.rejected(spool != null && spool.isFailing() ? DropReason.SPOOL_WRITE_FAILED
                        : DropReason.QUEUE_FULL);
                return EventQueue.NO_ROOM;
            case DROP_NEWEST:
            default:
                counters.rejected(DropReason.QUEUE_FULL);
                return EventQueue.NO_ROOM;
        }
    }

    /**
     * Drains until the deadline, then gives up on what is left (counted as {@link DropReason#SHUTDOWN}).
     *
     * @param timeout drain deadline from now
     * @return events not delivered because of the stop (0 if everything was delivered or rejected)
     */
    public synchronized long stop(Duration timeout) {
        if (state == State.STOPPED) {
            return stopResult;
        }
        State before = state;
        long deadline = System.nanoTime() + timeout.toNanos();
        long result = 0;
        if (before == State.RUNNING) {
            sender.requestStop(deadline);
            join(thread, TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime())) + 1);
            if (thread.isAlive()) {
                thread.interrupt(); // last resort; the sender treats it as "deadline passed"
                join(thread, ABORT_GRACE_MILLIS);
            }
            result += sender.shutdownDrops();
        }
        state = State.STOPPED;
        boolean senderEnded = thread == null || !thread.isAlive();
        if (senderEnded) {
            // Events offered while the sender was ending (or before a start that never came): spool or count them.
            result += sender.settle(true);
            if (spool != null) {
                spool.close();
            }
        } else {
            result += drainStragglers().size();
        }
        destination.close();
        if (!senderEnded) {
            status.warn("sender thread for " + destination.description() + " did not stop within "
                    + (timeout.toMillis() + ABORT_GRACE_MILLIS) + " ms; it is a daemon and will not block exit");
        } else {
            health.reportDrops(true);
        }
        if (result > 0) {
            status.warn("stopped with " + result + " event(s) not delivered to " + destination.description()
                    + " (counted as dropped: SHUTDOWN)");
        }
        if (spool != null && spool.events() > 0) {
            status.info("stopped with " + spool.events() + " event(s) for " + destination.description()
                    + " in the disk spool at " + spool.directory() + "; they are sent first when a pipeline is "
                    + "next built on that directory");
        }
        stopResult = result;
        return result;
    }

    /** Takes every event still queued and counts it as dropped ({@link DropReason#SHUTDOWN}); returns them. */
    private List<QueuedEvent> drainStragglers() {
        List<QueuedEvent> rest = new ArrayList<>();
        for (QueuedEvent e; (e = queue.poll()) != null; ) {
            rest.add(e);
        }
        long bytes = 0;
        for (QueuedEvent e : rest) {
            bytes += e.retainedBytes();
        }
        if (!rest.isEmpty()) {
            counters.dropped(DropReason.SHUTDOWN, rest.size());
            queue.release(bytes, rest.size());
        }
        return rest;
    }

    private void join(Thread t, long millis) {
        try {
            t.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status.warn("interrupted while stopping delivery to " + destination.description() + ": "
                    + SafeText.describe(e));
        }
    }

    /** @return a copy of the counters */
    public DeliverySnapshot snapshot() {
        return counters.snapshot(queue, health.failing(), spool);
    }

    /** @return whether started and not stopped */
    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
