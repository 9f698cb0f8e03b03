package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The bounded, lock-free multi-producer queue between callers and the sender.
 *
 * <p>The bound is on {@code heldBytes}: retained bytes of every event the pipeline holds, queued <em>or</em> in the
 * batches being sent. Bytes are reserved with a CAS before an event is added and released only when its fate is
 * decided (delivered or dropped), so the bound covers all event memory the pipeline keeps, whatever the destination
 * does.
 */
public final class EventQueue {

    /*
     * The counters every offer updates (held bytes, queued and pending events, high-water mark) sit together in one
     * padded block of an array: an offer moves that one cache line to its core and updates all of them there, instead
     * of taking one line per counter from the other cores, and no other field shares the line (no false sharing).
     * With two offering threads this lowered the emit cost by about 7 % (see docs/performance.md).
     */
    /** Longs of padding on each side of the block: 128 bytes, two cache lines (adjacent-line prefetch). */
    private static final int PAD = 16;
    private static final int HELD_BYTES = PAD;
    private static final int QUEUED_EVENTS = PAD + 1;
    private static final int PENDING_EVENTS = PAD + 2;
    private static final int HIGH_WATER = PAD + 3;

    private final long maxBytes;
    private final ConcurrentLinkedQueue<QueuedEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLongArray counts = new AtomicLongArray(HIGH_WATER + 1 + PAD);
    private final ConcurrentLinkedQueue<Thread> blockedOfferers = new ConcurrentLinkedQueue<>();

    /** @param maxBytes bound on held bytes */
    public EventQueue(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param bytes retained bytes of one event
     * @return whether they were reserved within the bound
     */
    public boolean tryReserve(long bytes) {
        while (true) {
            long current = counts.get(HELD_BYTES);
            long next = current + bytes;
            if (next > maxBytes) {
                return false;
            }
            if (counts.compareAndSet(HELD_BYTES, current, next)) {
                raiseHighWater(next);
                return true;
            }
        }
    }

    private void raiseHighWater(long value) {
        long hw = counts.get(HIGH_WATER);
        while (value > hw && !counts.compareAndSet(HIGH_WATER, hw, value)) {
            hw = counts.get(HIGH_WATER);
        }
    }

    /**
     * Waits up to {@code timeoutNanos} for room, parking the calling thread; the sender wakes it on release.
     *
     * @param bytes        bytes to reserve
     * @param timeoutNanos longest wait
     * @return whether the bytes were reserved
     */
    public boolean awaitReserve(long bytes, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        Thread me = Thread.currentThread();
        // Register before re-checking, so a release between the check and the park still unparks us.
        blockedOfferers.add(me);
        try {
            while (true) {
                if (tryReserve(bytes)) {
                    return true;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || me.isInterrupted()) {
                    return false;
                }
                LockSupport.parkNanos(this, remaining);
            }
        } finally {
            blockedOfferers.remove(me);
        }
    }

    /**
     * Adds an event whose bytes were reserved.
     *
     * @param e the event
     * @return queued events after the add
     */
    public long add(QueuedEvent e) {
        counts.incrementAndGet(PENDING_EVENTS);
        queue.add(e);
        return counts.incrementAndGet(QUEUED_EVENTS);
    }

    /** @return the oldest queued event, removed, or {@code null} */
    public QueuedEvent poll() {
        QueuedEvent e = queue.poll();
        if (e != null) {
            counts.decrementAndGet(QUEUED_EVENTS);
        }
        return e;
    }

    /**
     * Removes the oldest queued event without updating the queued count: for the sender taking a batch, which then
     * reports the events it took with one {@link #taken(int)} (one update of the counters' line per batch, not one per
     * event, so the sender does not pull that line away from the offering threads for every event).
     *
     * @return the oldest queued event, removed, or {@code null}
     */
    public QueuedEvent pollUncounted() {
        return queue.poll();
    }

    /** @param events how many events {@link #pollUncounted()} returned since the last call */
    public void taken(int events) {
        if (events > 0) {
            counts.addAndGet(QUEUED_EVENTS, -events);
        }
    }

    /** @return the oldest queued event, not removed, or {@code null} */
    public QueuedEvent peek() {
        return queue.peek();
    }

    /**
     * @param e an event
     * @return whether it was still queued and is now removed
     */
    public boolean remove(QueuedEvent e) {
        if (queue.remove(e)) {
            counts.decrementAndGet(QUEUED_EVENTS);
            return true;
        }
        return false;
    }

    /**
     * Releases the bytes of events whose fate is decided and wakes offerers blocked for room.
     *
     * @param bytes  retained bytes
     * @param events number of events
     */
    public void release(long bytes, int events) {
        counts.addAndGet(HELD_BYTES, -bytes);
        counts.addAndGet(PENDING_EVENTS, -events);
        if (!blockedOfferers.isEmpty()) {
            for (Thread t : blockedOfferers) {
                LockSupport.unpark(t);
            }
        }
    }

    /** @return retained bytes held (queued and in flight) */
    public long heldBytes() {
        return counts.get(HELD_BYTES);
    }

    /** @return the largest {@link #heldBytes()} ever reached */
    public long highWaterMark() {
        return counts.get(HIGH_WATER);
    }

    /** @return events in the queue */
    public long queuedEvents() {
        return counts.get(QUEUED_EVENTS);
    }

    /** @return events held (queued and in flight) */
    public long pendingEvents() {
        return counts.get(PENDING_EVENTS);
    }

    /** @return whether nothing is queued */
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
