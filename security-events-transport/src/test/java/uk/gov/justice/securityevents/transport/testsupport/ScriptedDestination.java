package uk.gov.justice.securityevents.transport.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.justice.securityevents.transport.DeliveryResult;
import uk.gov.justice.securityevents.transport.Destination;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * An in-process destination whose behaviour the test scripts: down (every attempt fails transiently), a queue of
 * outcomes for the next attempts, and an optional delay before answering. Records every accepted event in order.
 */
public final class ScriptedDestination implements Destination {

    /** One scripted attempt: wait {@code delay}, then answer {@code result} (recording the events if delivered). */
    public record Step(Duration delay, DeliveryResult result) {
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scripted-destination");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
    private final List<OutboundEvent> delivered = new CopyOnWriteArrayList<>();
    private final List<Integer> attemptSizes = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final List<Integer> outstandingAtSend = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile int maxConcurrentSends = 1;

    /** @param n what {@link #maxConcurrentSends()} answers (default 1, as the {@link Destination} default) */
    public void maxConcurrentSends(int n) {
        this.maxConcurrentSends = n;
    }

    @Override
    public int maxConcurrentSends() {
        return maxConcurrentSends;
    }

    /** @return for every attempt, in order, how many attempts were unanswered once it was sent (itself included) */
    public List<Integer> outstandingAtSend() {
        return List.copyOf(outstandingAtSend);
    }

    /** @return the most attempts ever unanswered at once */
    public int maxOutstanding() {
        return outstandingAtSend.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** @param down whether every unscripted attempt fails transiently */
    public void down(boolean down) {
        this.down = down;
    }

    /** @param steps outcomes of the next attempts, in order */
    public void then(Step... steps) {
        script.addAll(List.of(steps));
    }

    /** @return events accepted, in order of acceptance */
    public List<OutboundEvent> delivered() {
        return List.copyOf(delivered);
    }

    /** @return sequences of the accepted events, in order */
    public List<Long> deliveredSequences() {
        return delivered.stream().map(OutboundEvent::sequence).toList();
    }

    /** @return attempts so far */
    public int attempts() {
        return attempts.get();
    }

    /** @return the size of every attempted batch, in order */
    public List<Integer> attemptSizes() {
        return List.copyOf(attemptSizes);
    }

    @Override
    public String description() {
        return "scripted destination";
    }

    @Override
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        outstandingAtSend.add(outstanding.incrementAndGet());
        AtomicBoolean over = new AtomicBoolean();
        // counted down before the answer is given (the sender may send again as soon as it sees it), or on cancel
        Runnable done = () -> {
            if (over.compareAndSet(false, true)) {
                outstanding.decrementAndGet();
            }
        };
        CompletableFuture<DeliveryResult> f = attempt(batch, done);
        f.whenComplete((r, t) -> done.run());
        return f;
    }

    private CompletableFuture<DeliveryResult> attempt(List<OutboundEvent> batch, Runnable done) {
        attempts.incrementAndGet();
        attemptSizes.add(batch.size());
        List<OutboundEvent> copy = List.copyOf(batch);
        Step step = script.poll();
        if (step == null) {
            done.run();
            return CompletableFuture.completedFuture(answer(copy, down
                    ? DeliveryResult.retryable("down", null) : DeliveryResult.delivered()));
        }
        if (step.delay().isZero()) {
            done.run();
            return CompletableFuture.completedFuture(answer(copy, step.result()));
        }
        CompletableFuture<DeliveryResult> f = new CompletableFuture<>();
        timer.schedule(() -> {
            done.run();
            f.complete(answer(copy, step.result()));
        }, step.delay().toMillis(), TimeUnit.MILLISECONDS);
        return f;
    }

    private DeliveryResult answer(List<OutboundEvent> batch, DeliveryResult r) {
        if (r.outcome() == DeliveryResult.Outcome.DELIVERED) {
            delivered.addAll(batch);
        }
        return r;
    }

    @Override
    public Duration attemptTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
