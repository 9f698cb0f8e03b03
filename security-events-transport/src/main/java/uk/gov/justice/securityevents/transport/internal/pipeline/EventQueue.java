package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The bounded, lock-free multi-producer queue between callers and the sender.
 *
 * <p>It is striped: each offering thread adds to one of a few lock-free queues ({@link LinkedStripe}), chosen once per
 * thread, so threads offering at the same time on different cores do not pull one tail back and forth (with two
 * offering threads that hand-off was the largest cost of the emit path after serialisation, docs/performance.md).
 * Takers always take the oldest head across the stripes (by offer time), so events leave in offer order: exactly for
 * the events of one thread, and across threads up to the race between taking the offer time and adding.
 *
 * <p>The bound is on {@code heldBytes}: retained bytes of every event the pipeline holds, queued <em>or</em> in the
 * batches being sent. Bytes are reserved with a CAS before an event is added and released only when its fate is
 * decided (delivered or dropped), so the bound covers all event memory the pipeline keeps, whatever the destination
 * does.
 */
public final class EventQueue {

    /*
     * Every offer updates one cache line, a padded block of an array holding the held bytes, the high-water mark and
     * the count of admitted events, with one CAS and one increment; it takes no other shared line for counting (no
     * LongAdder, no re-read of the held bytes after the add: that re-read alone was 12 % of the emit time with two
     * offering threads, the line having moved to the other core in between). The events taken out of the queue and
     * released are counted on a second padded block, written by the sender once per batch and only read by offers.
     * Queued and pending counts are differences of the two blocks (see docs/performance.md).
     */
    /** Longs of padding on each side of each block: 128 bytes, two cache lines (adjacent-line prefetch). */
    private static final int PAD = 16;
    private static final int HELD_BYTES = PAD;
    private static final int HIGH_WATER = PAD + 1;
    private static final int ADMITTED = PAD + 2;
    private static final int TAKEN = ADMITTED + 1 + 2 * PAD;
    private static final int RELEASED = TAKEN + 1;

    /** What {@link #tryReserve(long)} returns when the bytes do not fit. */
    public static final long NO_ROOM = -1;

    /** Stripes: twice the processors, rounded up to a power of two, at most 16. */
    static final int STRIPES = Math.min(16, nextPowerOfTwo(2 * Runtime.getRuntime().availableProcessors()));

    /** A thread's stripe ticket, handed out in order of first offer, so threads that emit together differ. */
    private static final AtomicInteger NEXT_TICKET = new AtomicInteger();
    private static final ThreadLocal<Integer> TICKET = ThreadLocal.withInitial(NEXT_TICKET::getAndIncrement);

    private final long maxBytes;
    private final LinkedStripe[] stripes = newStripes();
    private final AtomicLongArray counts = new AtomicLongArray(RELEASED + 1 + PAD);
    private final ConcurrentLinkedQueue<Thread> blockedOfferers = new ConcurrentLinkedQueue<>();

    /** @param maxBytes bound on held bytes */
    public EventQueue(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    private static int nextPowerOfTwo(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    private static LinkedStripe[] newStripes() {
        LinkedStripe[] s = new LinkedStripe[STRIPES];
        for (int i = 0; i < s.length; i++) {
            s[i] = new LinkedStripe();
        }
        return s;
    }

    /**
     * @param bytes retained bytes of one event
     * @return the bytes held after reserving them within the bound, or {@link #NO_ROOM}
     */
    public long tryReserve(long bytes) {
        return tryReserve(bytes, maxBytes);
    }

    /**
     * @param bytes retained bytes of one event
     * @param limit the most bytes that may be held after the reservation (at most the bound)
     * @return the bytes held after reserving them within {@code limit}, or {@link #NO_ROOM}
     */
    public long tryReserve(long bytes, long limit) {
        long max = Math.min(limit, maxBytes);
        // The first access to the line is a compare-and-exchange from a guess (nothing held), not a read: a failed
        // one still brings the line to this core for writing and returns what is held, so the CAS that follows
        // usually succeeds without the line moving again (a read first and then a CAS moved it twice whenever
        // another thread had offered in between, docs/performance.md).
        long current = 0;
        boolean witnessed = false;
        while (true) {
            long next = current + bytes;
            if (next > max) {
                if (witnessed) {
                    return NO_ROOM;
                }
                current = counts.get(HELD_BYTES);
                witnessed = true;
                continue;
            }
            long found = counts.compareAndExchange(HELD_BYTES, current, next);
            if (found == current) {
                raiseHighWater(next);
                return next;
            }
            current = found;
            witnessed = true;
        }
    }

    /**
     * Gives back bytes reserved and not needed (the sender's estimates that exceeded true sizes), and wakes offerers
     * blocked for room.
     *
     * @param bytes bytes reserved and not used
     */
    public void unreserve(long bytes) {
        counts.addAndGet(HELD_BYTES, -bytes);
        wakeBlockedOfferers();
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
     * @return the bytes held after reserving them, or {@link #NO_ROOM} at the timeout or on interrupt
     */
    public long awaitReserve(long bytes, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        Thread me = Thread.currentThread();
        // Register before re-checking, so a release between the check and the park still unparks us.
        blockedOfferers.add(me);
        try {
            while (true) {
                long held = tryReserve(bytes);
                if (held != NO_ROOM) {
                    return held;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || me.isInterrupted()) {
                    return NO_ROOM;
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
        // Counted before it is linked, so the taken count never passes the admitted count.
        long admitted = counts.incrementAndGet(ADMITTED);
        long queued = admitted - counts.get(TAKEN);
        stripes[stripeOfCurrentThread()].add(e);
        return queued;
    }

    /** @return the stripe the calling thread adds to */
    static int stripeOfCurrentThread() {
        return TICKET.get() & (STRIPES - 1);
    }

    /** @return the index of the stripe whose head is the oldest, or -1 if every stripe is empty */
    private int oldestStripe() {
        int oldest = -1;
        long oldestNanos = 0;
        for (int i = 0; i < STRIPES; i++) {
            QueuedEvent head = stripes[i].peek();
            if (head != null && (oldest < 0 || head.enqueuedNanos() - oldestNanos < 0)) {
                oldest = i;
                oldestNanos = head.enqueuedNanos();
            }
        }
        return oldest;
    }

    /** @return the oldest queued event, removed if {@code remove}, or {@code null} if nothing is queued */
    private QueuedEvent oldest(boolean remove) {
        while (true) {
            int i = oldestStripe();
            if (i < 0) {
                return null;
            }
            QueuedEvent e = remove ? stripes[i].poll() : stripes[i].peek();
            if (e != null) {
                return e;
            }
            // another taker emptied that stripe meanwhile: look again
        }
    }

    /** @return the oldest queued event, removed, or {@code null} */
    public QueuedEvent poll() {
        QueuedEvent e = oldest(true);
        if (e != null) {
            counts.incrementAndGet(TAKEN);
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
        return oldest(true);
    }

    /** @param events how many events {@link #pollUncounted()} returned since the last call */
    public void taken(int events) {
        if (events > 0) {
            counts.addAndGet(TAKEN, events);
        }
    }

    /** @return the oldest queued event, not removed, or {@code null} */
    public QueuedEvent peek() {
        return oldest(false);
    }

    /**
     * Releases the bytes of events whose fate is decided and wakes offerers blocked for room.
     *
     * @param bytes  retained bytes
     * @param events number of events
     */
    public void release(long bytes, int events) {
        counts.addAndGet(RELEASED, events);
        unreserve(bytes);
    }

    private void wakeBlockedOfferers() {
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
        long taken = counts.get(TAKEN); // read first: every event taken was admitted before, so the difference is >= 0
        return counts.get(ADMITTED) - taken;
    }

    /** @return events held (queued and in flight) */
    public long pendingEvents() {
        long released = counts.get(RELEASED); // read first, as in queuedEvents()
        return counts.get(ADMITTED) - released;
    }

    /** @return events admitted since the queue was created (each had its bytes reserved and was added) */
    public long admittedEvents() {
        return counts.get(ADMITTED);
    }

    /** @return whether nothing is queued */
    public boolean isEmpty() {
        for (LinkedStripe stripe : stripes) {
            if (!stripe.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
