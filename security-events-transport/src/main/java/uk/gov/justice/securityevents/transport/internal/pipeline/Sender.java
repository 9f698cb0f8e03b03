package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliveryResult;
import uk.gov.justice.securityevents.transport.Destination;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.OverflowPolicy;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;
import uk.gov.justice.securityevents.transport.internal.spool.SpoolStore;

/**
 * The pipeline's one background thread: batches events by count, bytes and linger time, sends each batch, retries
 * transient failures with back-off, splits on "too large", spools what the destination cannot take, replays the
 * spool in order, and accounts for every event.
 *
 * <p>It never sleeps: every wait is a {@link LockSupport#parkNanos} bounded by the next thing it must do (linger
 * expiry, retry time, attempt timeout, stop deadline, housekeeping) and cut short by {@link #wake()} or
 * {@link #requestStop}.
 *
 * <h2>Order with a spool</h2>
 * Events reach the destination in offer order. While the spool holds events, every newer event goes to the spool
 * behind them ("replay mode"); the destination is fed from memory only while the spool is empty ("direct mode").
 * The sender spills memory to the spool when a batch fails transiently, when the queue passes the spill threshold
 * ({@link OverflowPolicy#SPOOL}), and at stop. If it must spill while a batch from memory is in flight, it first
 * appends that batch to the empty spool, marked in flight ("mirrored"), so the batch stays the oldest: delivered,
 * its records are acknowledged; failed, the spool replays them first.
 *
 * <h2>Several batches in flight (the window)</h2>
 * Without a spool, and when both {@link PipelineSettings#maxInFlightBatches()} and
 * {@link Destination#maxConcurrentSends()} are above 1, batches from memory go through a window: up to
 * {@link #maxInFlight} are sent before the first is answered, so encoding one batch overlaps the exchange of others.
 * Each answer is handled on its own, exactly as one batch at a time would handle it (counters, listener, health,
 * split, drop), with these rules, which keep the back-off and the order of retries:
 * <ul>
 *   <li>Fresh batches are started in offer order, and only while delivery is healthy and nothing waits to be sent
 *       again. Only full batches (by count or bytes) join batches in flight: a batch sent because its linger expired
 *       (or because of stop) waits until nothing is in flight, so light traffic goes one batch at a time, in
 *       order.</li>
 *   <li>A batch that failed transiently, and the halves of a batch that was too large, wait in {@link #parts} (in
 *       offer order) and go before any fresh batch, one at a time.</li>
 *   <li>After a transient failure, the window shrinks to one: one attempt at a time after the back-off, as without a
 *       window, until an attempt started after the failure succeeds.</li>
 *   <li>An answer to a batch sent before the latest failure was seen is "stale": it is counted and reported like any
 *       other, but a stale success does not end the failing state or the back-off, and a stale failure does not
 *       lengthen the back-off (except to honour its {@code Retry-After}).</li>
 * </ul>
 * A batch that failed may therefore reach the destination after batches offered later, and concurrent batches may be
 * processed by the destination in any order.
 *
 * <p>With a spool, or a window of 1, batches from memory go one at a time ({@link #deliverDirect}).
 */
final class Sender implements Runnable {

    /** Longest park, so listener drop notifications, spills, fsyncs and stop requests are handled promptly. */
    static final long HOUSEKEEPING_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final EventQueue queue;
    private final Counters counters;
    private final PipelineSettings settings;
    private final Destination destination;
    private final HealthReporter health;
    private final DeliveryListener listener;
    private final StatusReporter status;
    private final Backoff backoff;
    private final long lingerNanos;
    private final SpoolStore spool;
    /** Serialises the events offered unserialised, as they are taken. */
    private final EventSerialiser serialiser;
    private final long spillThresholdBytes;
    private final AtomicLong shutdownDrops = new AtomicLong();
    /** Most batches from memory in flight at once: 1 with a spool, else the setting capped by the destination. */
    private final int maxInFlight;
    /** Whether batches from memory go through the window ({@code maxInFlight > 1}). */
    private final boolean windowed;

    private volatile Thread thread;
    private volatile boolean stopping;
    private volatile long stopDeadlineNanos;
    private volatile boolean spillRequested;

    /** Events taken from the queue and not yet sent or spooled; older than everything queued. */
    private final ArrayDeque<QueuedEvent> held = new ArrayDeque<>();
    /** Parts of the memory batch in flight still to send, in order (after {@link #current}). */
    private final ArrayDeque<List<QueuedEvent>> work = new ArrayDeque<>();
    /** The memory part being attempted, or {@code null}. */
    private List<QueuedEvent> current;
    /** Whether {@link #current} and {@link #work} are also the oldest records of the spool, in flight there. */
    private boolean mirrored;
    /** Consecutive transient failures; drives the back-off. */
    private int failures;
    private boolean retryPending;
    private long retryAtNanos;

    /** Window mode: batches sent and not yet answered, in the order they were sent. */
    private final List<Slot> window = new ArrayList<>();
    /** Window mode: batches to send again, and halves of split ones, by offer order ({@link Part#key}). */
    private final TreeMap<Long, Part> parts = new TreeMap<>();
    /** Window mode: offer-order key of the next fresh batch (events taken into batches so far). */
    private long nextKey;
    /** Window mode: retained bytes of the events in {@link #window} and {@link #parts} (held, but not queued). */
    private long windowBytes;
    /** Window mode: transient failures seen so far (not stale); answers to batches sent before the last are stale. */
    private long failureEpoch;

    /** Window mode: events from memory sent (or to be sent) together, with their place in offer order. */
    private static final class Part {
        /** Offer-order position of the first event; the halves of a split part keep theirs. */
        final long key;
        final List<QueuedEvent> events;
        /** Failed transiently before: sending it again counts as a retry. */
        boolean resend;

        Part(long key, List<QueuedEvent> events) {
            this.key = key;
            this.events = events;
        }
    }

    /** Window mode: one attempt in flight. */
    private static final class Slot {
        final Part part;
        final CompletableFuture<DeliveryResult> future;
        final long deadlineNanos;
        final long timeoutMillis;
        /** {@link Sender#failureEpoch} when sent: the answer is stale if it has changed since. */
        final long epoch;
        /** Sent from {@link Sender#parts} (a retry or a half), not a fresh batch. */
        final boolean fromParts;

        Slot(Part part, CompletableFuture<DeliveryResult> future, long deadlineNanos, long timeoutMillis, long epoch,
             boolean fromParts) {
            this.part = part;
            this.future = future;
            this.deadlineNanos = deadlineNanos;
            this.timeoutMillis = timeoutMillis;
            this.epoch = epoch;
            this.fromParts = fromParts;
        }
    }

    Sender(EventQueue queue, Counters counters, PipelineSettings settings, Destination destination,
           HealthReporter health, DeliveryListener listener, StatusReporter status, SpoolStore spool,
           EventSerialiser serialiser) {
        this.queue = queue;
        this.counters = counters;
        this.settings = settings;
        this.destination = destination;
        this.health = health;
        this.listener = listener;
        this.status = status;
        this.spool = spool;
        this.serialiser = serialiser;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.maxRetryAfter());
        this.lingerNanos = settings.linger().toNanos();
        this.spillThresholdBytes = spool != null && settings.overflowPolicy() == OverflowPolicy.SPOOL
                ? settings.maxQueueBytes() * PipelineSettings.SPILL_THRESHOLD_PERCENT / 100
                : Long.MAX_VALUE;
        this.maxInFlight = spool != null ? 1
                : Math.max(1, Math.min(settings.maxInFlightBatches(), destinationLimit(destination)));
        this.windowed = maxInFlight > 1;
    }

    private static int destinationLimit(Destination destination) {
        try {
            return destination.maxConcurrentSends();
        } catch (RuntimeException e) {
            return 1;
        }
    }

    void bind(Thread t) {
        this.thread = t;
    }

    /** Cuts the sender's current wait short (a batch may be ready). Safe from any thread; no lock. */
    void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** @return queue fill level, in retained bytes, above which queued events go to the spool */
    long spillThresholdBytes() {
        return spillThresholdBytes;
    }

    /** Asks the sender to move queued events to the spool soon. Safe from any thread; no lock, no I/O. */
    void requestSpill() {
        if (!spillRequested) {
            spillRequested = true;
            wake();
        }
    }

    /** Asks the sender to flush everything now and to give up at {@code deadlineNanos}. */
    void requestStop(long deadlineNanos) {
        stopDeadlineNanos = deadlineNanos;
        stopping = true;
        wake();
    }

    /** @return events counted as {@link DropReason#SHUTDOWN} by this sender */
    long shutdownDrops() {
        return shutdownDrops.get();
    }

    @Override
    public void run() {
        try {
            if (spool != null) {
                try {
                    spool.recover();
                } catch (RuntimeException e) {
                    status.warn("cannot read the disk spool at " + spool.directory() + ": " + SafeText.describe(e));
                }
            }
            while (!(stopping && (pastStopDeadline() || nothingLeft()))) {
                housekeeping();
                try {
                    if (spool != null && spool.hasUnacked()) {
                        replay();
                    } else if (windowed) {
                        stepWindow();
                    } else {
                        List<QueuedEvent> batch = collect();
                        if (batch != null) {
                            deliverDirect(batch);
                        }
                    }
                } catch (RuntimeException e) {
                    // A bug or a misbehaving destination must not end delivery for the life of the application.
                    abandonInFlight();
                    status.warn("unexpected error in sender for " + destination.description() + ": "
                            + SafeText.describe(e));
                    park(HOUSEKEEPING_NANOS);
                }
            }
        } finally {
            if (windowed) {
                try {
                    concludeAnswered(false); // answers that arrived by the deadline count as they are
                } catch (RuntimeException e) {
                    status.warn("unexpected error in sender for " + destination.description() + ": "
                            + SafeText.describe(e));
                }
            }
            abandonInFlight();
            settle(true);
            health.reportDrops(true);
        }
    }

    private boolean nothingLeft() {
        return held.isEmpty() && queue.isEmpty() && window.isEmpty() && parts.isEmpty()
                && (spool == null || !spool.hasUnacked());
    }

    /**
     * Takes what is still in memory when delivery ends: spools it (in order, behind what the spool holds) or counts
     * it as {@link DropReason#SHUTDOWN}. Called by the sender as it ends, then by {@code stop()} for events offered
     * concurrently, once the sender has ended.
     *
     * @param forceSpool try the spool even during its retry interval after a failure
     * @return events counted as {@link DropReason#SHUTDOWN} by this call
     */
    long settle(boolean forceSpool) {
        List<QueuedEvent> rest = new ArrayList<>(held);
        held.clear();
        for (QueuedEvent e; (e = queue.poll()) != null; ) {
            rest.add(e);
        }
        if (rest.isEmpty()) {
            return 0;
        }
        if (spool != null && spool.writable(forceSpool)) {
            appendFromMemory(rest);
            rest = new ArrayList<>(held); // what the spool could not take
            held.clear();
        }
        undeliverable(rest, DropReason.SHUTDOWN);
        return rest.size();
    }

    /** Drop reports, spool fsync interval, and moving memory to the spool when needed. */
    private void housekeeping() {
        health.reportDrops(false);
        if (spool == null) {
            return;
        }
        spool.tick();
        boolean requested = spillRequested;
        spillRequested = false;
        if ((held.isEmpty() && queue.isEmpty()) || !(spool.hasUnacked() || failures > 0 || requested
                || queue.heldBytes() >= spillThresholdBytes)) {
            return;
        }
        if (spool.writable(false)) {
            spill();
        }
    }

    /** Moves memory to the spool in order: the batch in flight (mirrored), then held events, then the queue. */
    private void spill() {
        if ((current != null || !work.isEmpty()) && !mirrored) {
            List<QueuedEvent> inFlight = inFlightEvents();
            SpoolStore.AppendResult r = spool.append(events(inFlight), true, true);
            if (r.written() != inFlight.size()) {
                return; // the spool cannot take the oldest events now, so it must not take newer ones either
            }
            mirrored = true;
            spooled(r.written());
        }
        if (!held.isEmpty()) {
            List<QueuedEvent> list = new ArrayList<>(held);
            held.clear();
            if (!appendFromMemory(list)) {
                return;
            }
        }
        long budget = queue.queuedEvents(); // what is queued now; later arrivals wait for the next round
        while (budget > 0) {
            List<QueuedEvent> chunk = new ArrayList<>();
            int taken = 0;
            long bytes = 0;
            while (chunk.size() < settings.maxBatchEvents() && bytes < settings.maxBatchBytes()) {
                QueuedEvent e = queue.poll();
                if (e == null) {
                    break;
                }
                taken++;
                e = serialiser.ready(e); // null: dropped (counted) instead
                if (e != null) {
                    chunk.add(e);
                    bytes += e.wireBytes();
                }
            }
            serialiser.releaseOvercount();
            if (taken == 0 || !appendFromMemory(chunk)) {
                return;
            }
            budget -= taken;
        }
    }

    /**
     * Appends memory events to the spool: the written ones are released, the refused ones dropped as
     * {@link DropReason#SPOOL_FULL}, and the ones not written (spool failing) put back at the head of {@link #held}.
     *
     * @return whether every event was taken (written or refused)
     */
    private boolean appendFromMemory(List<QueuedEvent> events) {
        List<QueuedEvent> list = serialiser.ready(events);
        if (list.isEmpty()) {
            return true;
        }
        SpoolStore.AppendResult r = spool.append(events(list), false, false);
        int w = r.written();
        if (w > 0) {
            release(list.subList(0, w));
            spooled(w);
        }
        if (r.refused() > 0) {
            undeliverable(list.subList(w, w + r.refused()), DropReason.SPOOL_FULL);
        }
        for (int i = list.size() - 1; i >= w + r.refused(); i--) {
            held.addFirst(list.get(i));
        }
        return r.notWritten() == 0;
    }

    private void spooled(int n) {
        counters.spooled(n);
        listener.onSpooled(n);
    }

    /** @return a batch to send now, or {@code null} after waiting (the caller loops) */
    private List<QueuedEvent> collect() {
        long wait = untilBatchReady();
        if (wait > 0) {
            park(Math.min(wait, HOUSEKEEPING_NANOS));
            return null;
        }
        return takeBatch();
    }

    /**
     * @return 0 if a batch may be taken now (full, linger expired, or stopping); else how long until the oldest
     *     event's linger expires, or {@link #HOUSEKEEPING_NANOS} when nothing is queued
     */
    private long untilBatchReady() {
        QueuedEvent head = held.peekFirst();
        if (head == null) {
            head = queue.peek();
        }
        if (head == null) {
            return HOUSEKEEPING_NANOS;
        }
        if (!stopping) {
            long now = System.nanoTime();
            long flushAt = head.enqueuedNanos() + lingerNanos;
            if (!batchFull() && now - flushAt < 0) {
                return flushAt - now;
            }
        }
        return 0;
    }

    /** @return whether the events held and queued (not in flight) fill a batch, by count or by bytes */
    private boolean batchFull() {
        return queue.queuedEvents() + held.size() >= settings.maxBatchEvents()
                || queue.heldBytes() - windowBytes >= settings.maxBatchBytes();
    }

    /** @return the oldest events held or queued, up to a batch, or {@code null} if there are none */
    private List<QueuedEvent> takeBatch() {
        List<QueuedEvent> batch = new ArrayList<>(Math.min(settings.maxBatchEvents(), 1024));
        long bytes = 0;
        int fromQueue = 0;
        while (batch.size() < settings.maxBatchEvents()) {
            boolean fromHeld = !held.isEmpty();
            QueuedEvent e = fromHeld ? held.pollFirst() : queue.pollUncounted();
            if (e == null) {
                break;
            }
            if (!fromHeld) {
                fromQueue++;
                e = serialiser.ready(e);
                if (e == null) {
                    continue; // dropped (counted) instead
                }
            }
            if (bytes + e.wireBytes() > settings.maxBatchBytes() && !batch.isEmpty()) {
                held.addFirst(e); // cannot push back onto the head of a lock-free queue: keep it for the next batch
                break;
            }
            batch.add(e);
            bytes += e.wireBytes();
        }
        queue.taken(fromQueue);
        serialiser.releaseOvercount();
        return batch.isEmpty() ? null : batch;
    }

    /** Sends a batch from memory (direct mode), splitting on "too large". */
    private void deliverDirect(List<QueuedEvent> batch) {
        work.clear();
        work.push(batch);
        mirrored = false;
        while (!work.isEmpty()) {
            current = work.pop();
            if (!sendDirect(current)) {
                return; // abandoned or handed to the spool; current and work are cleared
            }
        }
        current = null;
        mirrored = false;
    }

    /** @return {@code false} if the rest of the batch was handed to the spool or given up (stop deadline) */
    private boolean sendDirect(List<QueuedEvent> part) {
        while (true) {
            if (!awaitRetryTime()) {
                abandonInFlight();
                return false;
            }
            DeliveryResult result = attempt(events(part));
            if (result == null) {
                abandonInFlight();
                return false;
            }
            switch (result.outcome()) {
                case DELIVERED:
                    long latency = System.nanoTime() - part.get(0).enqueuedNanos();
                    counters.delivered(part.size(), latency);
                    if (mirrored) {
                        spool.ack(part.size());
                    }
                    release(part);
                    succeeded();
                    listener.onDelivered(part.size(), Duration.ofNanos(latency));
                    return true;
                case PERMANENT_FAILURE:
                    rejected(part.size(), result);
                    if (mirrored) {
                        spool.ack(part.size());
                    }
                    undeliverable(part, DropReason.REJECTED);
                    return true;
                case TOO_LARGE:
                    if (part.size() == 1) {
                        if (mirrored) {
                            spool.ack(1);
                        }
                        undeliverable(part, DropReason.EVENT_TOO_LARGE);
                    } else {
                        int half = part.size() / 2;
                        work.push(new ArrayList<>(part.subList(half, part.size())));
                        work.push(new ArrayList<>(part.subList(0, half)));
                    }
                    return true;
                case RETRYABLE:
                default:
                    failed(part.size(), result);
                    if (spool != null && (mirrored || (!spool.hasUnacked() && spool.writable(false)))) {
                        if (mirrored) {
                            abandonInFlight(); // the spool holds these events as its oldest: replay takes over
                        } else {
                            List<QueuedEvent> inFlight = inFlightEvents();
                            current = null;
                            work.clear();
                            appendFromMemory(inFlight); // what the spool cannot take goes back to the head of held
                        }
                        return false;
                    }
                    // No spool (or it is failing): keep the batch and send it again after the back-off.
            }
        }
    }

    /** Gives up the memory batch in flight: dropped from memory if mirrored (the spool has it), else kept in held. */
    private void abandonInFlight() {
        abandonWindow();
        List<QueuedEvent> inFlight = inFlightEvents();
        current = null;
        work.clear();
        if (mirrored) {
            mirrored = false;
            spool.rewind();
            release(inFlight);
        } else {
            for (int i = inFlight.size() - 1; i >= 0; i--) {
                held.addFirst(inFlight.get(i));
            }
        }
        if (spool != null) {
            spool.rewind();
        }
    }

    private List<QueuedEvent> inFlightEvents() {
        List<QueuedEvent> all = new ArrayList<>();
        if (current != null) {
            all.addAll(current);
        }
        for (List<QueuedEvent> part : work) {
            all.addAll(part);
        }
        return all;
    }

    // ------------------------------------------------------------------------------------------------ window mode

    /** One round of window mode: handles the answers that came, sends what may go, else waits for either. */
    private void stepWindow() {
        boolean progress = concludeAnswered(true);
        progress |= sendWhatMayGo();
        if (!progress) {
            park(windowWait());
        }
    }

    /**
     * Handles every answered attempt, in the order sent; with {@code timeouts}, also cancels each attempt past its
     * {@link Destination#attemptTimeout()} and handles it as a retryable failure, as {@link #attempt} does.
     *
     * @return whether any attempt was handled
     */
    private boolean concludeAnswered(boolean timeouts) {
        boolean any = false;
        long now = System.nanoTime();
        for (Iterator<Slot> it = window.iterator(); it.hasNext(); ) {
            Slot slot = it.next();
            DeliveryResult result;
            if (slot.future.isDone()) {
                result = resultOf(slot.future);
            } else if (timeouts && now - slot.deadlineNanos >= 0) {
                slot.future.cancel(true);
                result = DeliveryResult.retryable("no answer within " + slot.timeoutMillis + " ms", null);
            } else {
                continue;
            }
            conclude(slot, result);
            it.remove();
            any = true;
        }
        return any;
    }

    /** Handles the answer to one attempt: the outcomes of {@link #sendDirect} (without a spool), per batch. */
    private void conclude(Slot slot, DeliveryResult result) {
        Part part = slot.part;
        List<QueuedEvent> events = part.events;
        boolean stale = slot.epoch != failureEpoch;
        switch (result.outcome()) {
            case DELIVERED:
                long latency = System.nanoTime() - events.get(0).enqueuedNanos();
                counters.delivered(events.size(), latency);
                windowBytes -= retainedBytes(events);
                release(events);
                if (!stale) {
                    succeeded();
                }
                listener.onDelivered(events.size(), Duration.ofNanos(latency));
                return;
            case PERMANENT_FAILURE:
                if (stale) {
                    counters.permanentFailure();
                    listener.onPermanentFailure(events.size(), result.reason());
                    health.failure(result.reason(), true);
                } else {
                    rejected(events.size(), result);
                }
                windowBytes -= retainedBytes(events);
                undeliverable(events, DropReason.REJECTED);
                return;
            case TOO_LARGE:
                if (events.size() == 1) {
                    windowBytes -= retainedBytes(events);
                    undeliverable(events, DropReason.EVENT_TOO_LARGE);
                } else {
                    int half = events.size() / 2;
                    parts.put(part.key, new Part(part.key, new ArrayList<>(events.subList(0, half))));
                    parts.put(part.key + half,
                            new Part(part.key + half, new ArrayList<>(events.subList(half, events.size()))));
                }
                return;
            case RETRYABLE:
            default:
                part.resend = true;
                parts.put(part.key, part);
                if (stale) {
                    failedStale(events.size(), result);
                } else {
                    failed(events.size(), result);
                    failureEpoch++;
                }
        }
    }

    /**
     * A transient failure of a batch sent before the latest failure was seen: the back-off already running stays
     * (lengthened only to honour a {@code Retry-After}); the listener hears of it like any other.
     */
    private void failedStale(int events, DeliveryResult result) {
        long now = System.nanoTime();
        int attempt = Math.max(failures, 1);
        Duration retryAfter = result.retryAfter().orElse(null);
        if (retryAfter != null) {
            long at = now + backoff.delay(attempt, retryAfter).toNanos();
            if (!retryPending || at - retryAtNanos > 0) {
                retryAtNanos = at;
                retryPending = true;
            }
        }
        Duration delay = Duration.ofNanos(retryPending ? Math.max(0, retryAtNanos - now) : 0);
        listener.onRetry(events, attempt, delay, result.reason());
    }

    /** Starts every attempt the rules allow now; {@code true} if any. */
    private boolean sendWhatMayGo() {
        if (stopping && pastStopDeadline()) {
            return false;
        }
        boolean sent = false;
        while (mayOpen()) {
            if (retryPending) {
                if (System.nanoTime() - retryAtNanos < 0) {
                    break;
                }
                retryPending = false;
            }
            Duration timeout = destination.attemptTimeout();
            Part part;
            boolean fromParts = !parts.isEmpty();
            if (fromParts) {
                part = parts.pollFirstEntry().getValue();
            } else {
                if (untilBatchReady() > 0 || (!window.isEmpty() && !batchFull())) {
                    break; // not due yet; or a partial batch (linger, stop), which goes alone
                }
                List<QueuedEvent> batch = takeBatch();
                if (batch == null) {
                    break;
                }
                part = new Part(nextKey, batch);
                nextKey += batch.size();
                windowBytes += retainedBytes(batch);
            }
            send(part, fromParts, timeout);
            sent = true;
        }
        return sent;
    }

    /**
     * @return whether one more attempt may start now, the back-off and linger apart: there is room in the window;
     *     while failing, no attempt started since the failure is outstanding; while parts wait, none of them is
     *     outstanding
     */
    private boolean mayOpen() {
        if (window.size() >= maxInFlight) {
            return false;
        }
        for (Slot slot : window) {
            if (failures > 0 ? slot.epoch == failureEpoch : slot.fromParts && !parts.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void send(Part part, boolean fromParts, Duration timeout) {
        if (failures > 0 || part.resend) {
            counters.retried();
        }
        CompletableFuture<DeliveryResult> future;
        try {
            future = destination.send(events(part.events));
        } catch (RuntimeException e) {
            future = CompletableFuture.completedFuture(DeliveryResult.retryable(SafeText.describe(e), null));
        }
        if (future == null) {
            future = CompletableFuture.completedFuture(DeliveryResult.retryable("destination returned no result",
                    null));
        }
        Thread me = Thread.currentThread();
        future.whenComplete((r, t) -> LockSupport.unpark(me));
        window.add(new Slot(part, future, System.nanoTime() + timeout.toNanos(), timeout.toMillis(), failureEpoch,
                fromParts));
    }

    /** @return how long to park: until an attempt times out, the back-off ends or a batch is due (at most 100 ms) */
    private long windowWait() {
        long now = System.nanoTime();
        long wait = HOUSEKEEPING_NANOS;
        for (Slot slot : window) {
            wait = Math.min(wait, slot.deadlineNanos - now);
        }
        if (stopping) {
            wait = Math.min(wait, stopDeadlineNanos - now);
        }
        if (mayOpen()) {
            if (retryPending) {
                wait = Math.min(wait, retryAtNanos - now);
            } else if (parts.isEmpty() && (window.isEmpty() || batchFull())) {
                wait = Math.min(wait, untilBatchReady());
            } // else a partial batch waits for the window to empty: an answer wakes the sender
        }
        return wait;
    }

    /** Cancels the attempts in flight; their events, and the parts waiting, go back to the head of held, in order. */
    private void abandonWindow() {
        if (window.isEmpty() && parts.isEmpty()) {
            return;
        }
        TreeMap<Long, List<QueuedEvent>> byKey = new TreeMap<>();
        for (Slot slot : window) {
            slot.future.cancel(true);
            byKey.put(slot.part.key, slot.part.events);
        }
        window.clear();
        for (Part part : parts.values()) {
            byKey.put(part.key, part.events); // a part handled while its attempt was still listed replaces it
        }
        parts.clear();
        windowBytes = 0;
        List<QueuedEvent> all = new ArrayList<>();
        for (List<QueuedEvent> list : byKey.values()) {
            all.addAll(list);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            held.addFirst(all.get(i));
        }
    }

    private static DeliveryResult resultOf(CompletableFuture<DeliveryResult> done) {
        try {
            DeliveryResult r = done.join();
            return r != null ? r : DeliveryResult.retryable("destination returned no result", null);
        } catch (CancellationException e) {
            return DeliveryResult.retryable("attempt cancelled", null);
        } catch (CompletionException e) {
            return DeliveryResult.retryable(SafeText.describe(e.getCause() == null ? e : e.getCause()), null);
        }
    }

    /** Sends the oldest spooled events (replay mode), splitting on "too large". */
    private void replay() {
        if (!awaitRetryTime()) {
            return;
        }
        List<OutboundEvent> batch = spool.read(settings.maxBatchEvents(), settings.maxBatchBytes());
        if (batch.isEmpty()) {
            park(HOUSEKEEPING_NANOS); // only damaged records were left; never spin
            return;
        }
        Deque<List<OutboundEvent>> parts = new ArrayDeque<>();
        parts.push(batch);
        try {
            while (!parts.isEmpty()) {
                if (!replayPart(parts.pop(), parts)) {
                    spool.rewind();
                    return;
                }
            }
        } catch (RuntimeException e) {
            spool.rewind();
            throw e;
        }
    }

    /** @return {@code false} if the stop deadline passed (the spool keeps the events) */
    private boolean replayPart(List<OutboundEvent> part, Deque<List<OutboundEvent>> parts) {
        while (true) {
            if (!awaitRetryTime()) {
                return false;
            }
            DeliveryResult result = attempt(part);
            if (result == null) {
                return false;
            }
            switch (result.outcome()) {
                case DELIVERED:
                    // The offer time of a spooled event is not stored: latency runs from the event's own time.
                    long latency = Math.max(0, Duration.between(part.get(0).time(), Instant.now()).toNanos());
                    counters.delivered(part.size(), latency);
                    counters.replayed(part.size());
                    spool.ack(part.size());
                    succeeded();
                    listener.onDelivered(part.size(), Duration.ofNanos(latency));
                    listener.onReplayed(part.size());
                    return true;
                case PERMANENT_FAILURE:
                    rejected(part.size(), result);
                    counters.dropped(DropReason.REJECTED, part.size());
                    spool.ack(part.size());
                    return true;
                case TOO_LARGE:
                    if (part.size() == 1) {
                        counters.dropped(DropReason.EVENT_TOO_LARGE, 1);
                        spool.ack(1);
                    } else {
                        int half = part.size() / 2;
                        parts.push(new ArrayList<>(part.subList(half, part.size())));
                        parts.push(new ArrayList<>(part.subList(0, half)));
                    }
                    return true;
                case RETRYABLE:
                default:
                    failed(part.size(), result);
            }
        }
    }

    private void succeeded() {
        failures = 0;
        retryPending = false;
        health.success();
    }

    private void rejected(int events, DeliveryResult result) {
        counters.permanentFailure();
        listener.onPermanentFailure(events, result.reason());
        health.failure(result.reason(), true);
        failures = 0;
        retryPending = false;
    }

    private void failed(int events, DeliveryResult result) {
        failures++;
        health.failure(result.reason(), false);
        Duration delay = backoff.delay(failures, result.retryAfter().orElse(null));
        retryAtNanos = System.nanoTime() + delay.toNanos();
        retryPending = true;
        listener.onRetry(events, failures, delay, result.reason());
    }

    /** Waits for the back-off after a failure (doing housekeeping); {@code false} if the stop deadline came first. */
    private boolean awaitRetryTime() {
        while (true) {
            if ((stopping && pastStopDeadline()) || Thread.currentThread().isInterrupted()) {
                return false;
            }
            long now = System.nanoTime();
            if (!retryPending || now - retryAtNanos >= 0) {
                retryPending = false;
                return true;
            }
            housekeeping();
            park(Math.min(retryAtNanos - now, HOUSEKEEPING_NANOS));
        }
    }

    /** @return the outcome, or {@code null} if the stop deadline passed first (the attempt is cancelled) */
    private DeliveryResult attempt(List<OutboundEvent> events) {
        if (stopping && pastStopDeadline()) {
            return null;
        }
        if (failures > 0) {
            counters.retried();
        }
        CompletableFuture<DeliveryResult> future;
        try {
            future = destination.send(events);
        } catch (RuntimeException e) {
            return DeliveryResult.retryable(SafeText.describe(e), null);
        }
        Thread me = Thread.currentThread();
        future.whenComplete((r, t) -> LockSupport.unpark(me));
        Duration timeout = destination.attemptTimeout();
        long attemptDeadline = System.nanoTime() + timeout.toNanos();
        while (!future.isDone()) {
            long now = System.nanoTime();
            if ((stopping && pastStopDeadline()) || me.isInterrupted()) {
                future.cancel(true);
                return null;
            }
            if (now - attemptDeadline >= 0) {
                future.cancel(true);
                return DeliveryResult.retryable("no answer within " + timeout.toMillis() + " ms", null);
            }
            housekeeping();
            long until = attemptDeadline;
            if (stopping && stopDeadlineNanos - until < 0) {
                until = stopDeadlineNanos;
            }
            park(Math.min(until - now, HOUSEKEEPING_NANOS));
        }
        try {
            DeliveryResult r = future.get();
            return r != null ? r : DeliveryResult.retryable("destination returned no result", null);
        } catch (CancellationException e) {
            return DeliveryResult.retryable("attempt cancelled", null);
        } catch (ExecutionException | CompletionException e) {
            return DeliveryResult.retryable(SafeText.describe(e.getCause() == null ? e : e.getCause()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean pastStopDeadline() {
        return System.nanoTime() - stopDeadlineNanos >= 0;
    }

    private void park(long nanos) {
        if (nanos > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(this, nanos);
        }
    }

    private static List<OutboundEvent> events(List<QueuedEvent> list) {
        List<OutboundEvent> out = new ArrayList<>(list.size());
        for (QueuedEvent e : list) {
            out.add(e.event());
        }
        return out;
    }

    private void release(List<QueuedEvent> part) {
        queue.release(retainedBytes(part), part.size());
    }

    private static long retainedBytes(List<QueuedEvent> events) {
        long bytes = 0;
        for (QueuedEvent e : events) {
            bytes += e.retainedBytes();
        }
        return bytes;
    }

    /** The one exit for events in memory that will not be delivered: counted under {@code reason}, then released. */
    private void undeliverable(List<QueuedEvent> events, DropReason reason) {
        if (events.isEmpty()) {
            return;
        }
        counters.dropped(reason, events.size());
        if (reason == DropReason.SHUTDOWN) {
            shutdownDrops.addAndGet(events.size());
        }
        release(events);
    }
}
