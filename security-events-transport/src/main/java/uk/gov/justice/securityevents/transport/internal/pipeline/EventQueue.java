package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
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

    private final long maxBytes;
    private final ConcurrentLinkedQueue<QueuedEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong heldBytes = new AtomicLong();
    private final AtomicLong highWater = new AtomicLong();
    private final AtomicLong queuedEvents = new AtomicLong();
    private final AtomicLong pendingEvents = new AtomicLong();
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
            long current = heldBytes.get();
            long next = current + bytes;
            if (next > maxBytes) {
                return false;
            }
            if (heldBytes.compareAndSet(current, next)) {
                raiseHighWater(next);
                return true;
            }
        }
    }

    private void raiseHighWater(long value) {
        long hw = highWater.get();
        while (value > hw && !highWater.compareAndSet(hw, value)) {
            hw = highWater.get();
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
        pendingEvents.incrementAndGet();
        queue.add(e);
        return queuedEvents.incrementAndGet();
    }

    /** @return the oldest queued event, removed, or {@code null} */
    public QueuedEvent poll() {
        QueuedEvent e = queue.poll();
        if (e != null) {
            queuedEvents.decrementAndGet();
        }
        return e;
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
            queuedEvents.decrementAndGet();
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
        heldBytes.addAndGet(-bytes);
        pendingEvents.addAndGet(-events);
        if (!blockedOfferers.isEmpty()) {
            for (Thread t : blockedOfferers) {
                LockSupport.unpark(t);
            }
        }
    }

    /** @return retained bytes held (queued and in flight) */
    public long heldBytes() {
        return heldBytes.get();
    }

    /** @return the largest {@link #heldBytes()} ever reached */
    public long highWaterMark() {
        return highWater.get();
    }

    /** @return events in the queue */
    public long queuedEvents() {
        return queuedEvents.get();
    }

    /** @return events held (queued and in flight) */
    public long pendingEvents() {
        return pendingEvents.get();
    }

    /** @return whether nothing is queued */
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
