package uk.gov.justice.securityevents.transport.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private volatile boolean down;

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
        attempts.incrementAndGet();
        attemptSizes.add(batch.size());
        List<OutboundEvent> copy = List.copyOf(batch);
        Step step = script.poll();
        if (step == null) {
            return CompletableFuture.completedFuture(answer(copy, down
                    ? DeliveryResult.retryable("down", null) : DeliveryResult.delivered()));
        }
        if (step.delay().isZero()) {
            return CompletableFuture.completedFuture(answer(copy, step.result()));
        }
        CompletableFuture<DeliveryResult> f = new CompletableFuture<>();
        timer.schedule(() -> f.complete(answer(copy, step.result())), step.delay().toMillis(), TimeUnit.MILLISECONDS);
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
