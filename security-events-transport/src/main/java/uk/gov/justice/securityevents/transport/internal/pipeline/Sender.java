package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;

/**
 * The pipeline's one background thread: batches queued events by count, bytes and linger time, sends each batch,
 * retries transient failures with back-off, splits on "too large", and accounts for every event.
 *
 * <p>It never sleeps: every wait is a {@link LockSupport#parkNanos} bounded by the next thing it must do (linger
 * expiry, retry time, attempt timeout, stop deadline) and cut short by {@link #wake()} or {@link #requestStop}.
 * A spool (a later feature) plugs in at {@link #undeliverable}, the single place where events leave the pipeline
 * undelivered.
 */
final class Sender implements Runnable {

    /** Longest park, so listener drop notifications and stop requests are handled promptly even when idle. */
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
    private final AtomicLong shutdownDrops = new AtomicLong();

    private volatile Thread thread;
    private volatile boolean stopping;
    private volatile long stopDeadlineNanos;
    private QueuedEvent carry;

    Sender(EventQueue queue, Counters counters, PipelineSettings settings, Destination destination,
           HealthReporter health, DeliveryListener listener, StatusReporter status) {
        this.queue = queue;
        this.counters = counters;
        this.settings = settings;
        this.destination = destination;
        this.health = health;
        this.listener = listener;
        this.status = status;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.maxRetryAfter());
        this.lingerNanos = settings.linger().toNanos();
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
            while (!(stopping && (pastStopDeadline() || (carry == null && queue.isEmpty())))) {
                health.reportDrops(false);
                try {
                    List<QueuedEvent> batch = collect();
                    if (batch != null) {
                        deliver(batch);
                    }
                } catch (RuntimeException e) {
                    // A bug or a misbehaving destination must not end delivery for the life of the application.
                    status.warn("unexpected error in sender for " + destination.description() + ": "
                            + SafeText.describe(e));
                    park(HOUSEKEEPING_NANOS);
                }
            }
        } finally {
            List<QueuedEvent> rest = new ArrayList<>();
            if (carry != null) {
                rest.add(carry);
                carry = null;
            }
            for (QueuedEvent e; (e = queue.poll()) != null; ) {
                rest.add(e);
            }
            undeliverable(rest, DropReason.SHUTDOWN);
            health.reportDrops(true);
        }
    }

    /** @return a batch to send now, or {@code null} after waiting (the caller loops) */
    private List<QueuedEvent> collect() {
        QueuedEvent head = carry != null ? carry : queue.peek();
        if (head == null) {
            park(HOUSEKEEPING_NANOS);
            return null;
        }
        if (!stopping) {
            long now = System.nanoTime();
            long flushAt = head.enqueuedNanos() + lingerNanos;
            boolean full = queue.queuedEvents() + (carry == null ? 0 : 1) >= settings.maxBatchEvents()
                    || queue.heldBytes() >= settings.maxBatchBytes();
            if (!full && now - flushAt < 0) {
                park(Math.min(flushAt - now, HOUSEKEEPING_NANOS));
                return null;
            }
        }
        List<QueuedEvent> batch = new ArrayList<>(Math.min(settings.maxBatchEvents(), 1024));
        long bytes = 0;
        if (carry != null) {
            batch.add(carry);
            bytes += carry.wireBytes();
            carry = null;
        }
        while (batch.size() < settings.maxBatchEvents()) {
            QueuedEvent e = queue.poll();
            if (e == null) {
                break;
            }
            if (bytes + e.wireBytes() > settings.maxBatchBytes() && !batch.isEmpty()) {
                carry = e; // cannot push back onto the head of a lock-free queue: keep it for the next batch
                break;
            }
            batch.add(e);
            bytes += e.wireBytes();
        }
        return batch.isEmpty() ? null : batch;
    }

    private void deliver(List<QueuedEvent> batch) {
        Deque<List<QueuedEvent>> work = new ArrayDeque<>();
        work.push(batch);
        while (!work.isEmpty()) {
            List<QueuedEvent> part = work.pop();
            if (!deliverPart(part, work)) {
                while (!work.isEmpty()) {
                    undeliverable(work.pop(), DropReason.SHUTDOWN);
                }
                return;
            }
        }
    }

    /** @return {@code false} if the stop deadline passed and the remaining work must be given up */
    private boolean deliverPart(List<QueuedEvent> part, Deque<List<QueuedEvent>> work) {
        int attempt = 0;
        while (true) {
            DeliveryResult result = attempt(part);
            if (result == null) {
                undeliverable(part, DropReason.SHUTDOWN);
                return false;
            }
            attempt++;
            switch (result.outcome()) {
                case DELIVERED:
                    long latency = System.nanoTime() - part.get(0).enqueuedNanos();
                    counters.delivered(part.size(), latency);
                    release(part);
                    health.success();
                    listener.onDelivered(part.size(), Duration.ofNanos(latency));
                    return true;
                case PERMANENT_FAILURE:
                    counters.permanentFailure();
                    listener.onPermanentFailure(part.size(), result.reason());
                    health.failure(result.reason(), true);
                    undeliverable(part, DropReason.REJECTED);
                    return true;
                case TOO_LARGE:
                    if (part.size() == 1) {
                        undeliverable(part, DropReason.EVENT_TOO_LARGE);
                    } else {
                        int half = part.size() / 2;
                        work.push(new ArrayList<>(part.subList(half, part.size())));
                        work.push(new ArrayList<>(part.subList(0, half)));
                    }
                    return true;
                case RETRYABLE:
                default:
                    health.failure(result.reason(), false);
                    Duration delay = backoff.delay(attempt, result.retryAfter().orElse(null));
                    listener.onRetry(part.size(), attempt, delay, result.reason());
                    if (!waitUntil(System.nanoTime() + delay.toNanos())) {
                        undeliverable(part, DropReason.SHUTDOWN);
                        return false;
                    }
                    counters.retried();
            }
        }
    }

    /** @return the outcome, or {@code null} if the stop deadline passed first (the attempt is cancelled) */
    private DeliveryResult attempt(List<QueuedEvent> part) {
        if (stopping && pastStopDeadline()) {
            return null;
        }
        List<OutboundEvent> events = new ArrayList<>(part.size());
        for (QueuedEvent e : part) {
            events.add(e.event());
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
            health.reportDrops(false);
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

    /** Waits until {@code deadlineNanos}; returns {@code false} if the stop deadline came first. */
    private boolean waitUntil(long deadlineNanos) {
        while (true) {
            long now = System.nanoTime();
            if (stopping && pastStopDeadline() || Thread.currentThread().isInterrupted()) {
                return false;
            }
            if (now - deadlineNanos >= 0) {
                return true;
            }
            health.reportDrops(false);
            park(Math.min(deadlineNanos - now, HOUSEKEEPING_NANOS));
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

    private void release(List<QueuedEvent> part) {
        long bytes = 0;
        for (QueuedEvent e : part) {
            bytes += e.retainedBytes();
        }
        queue.release(bytes, part.size());
    }

    /**
     * The one exit for events that will not be delivered: counted under {@code reason}, then released. A disk spool
     * will intercept here (and on queue overflow) before events are counted as dropped.
     */
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
