package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventSink;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.StartupBuffer;

/**
 * What every shipping adapter (Logback appender, Log4j2 appender, Spring Boot starter) does with an event, written
 * once: offer it with the canonical {@link SecurityEventWriter} to a {@link DeliveryPipeline}, which serialises it (on
 * the sender thread while the sender keeps up, see {@link DeliveryPipeline#offer(EmittedEvent, SecurityEventWriter)});
 * on {@link #start()}, also deliver the events held in the {@link StartupBuffer}.
 *
 * <p>{@link #ship(EmittedEvent)} never throws and never blocks beyond the pipeline's
 * {@link OverflowPolicy#BLOCK} timeout. An event the writer cannot serialise (it cannot be shrunk below the writer's
 * byte limit) is counted as {@link DropReason#UNSERIALISABLE} ({@link #serialisationFailures()}) and reported through
 * the {@link StatusReporter}.
 *
 * <pre>{@code
 * SecurityEventShipper shipper = new SecurityEventShipper(writer, config.build(status), status);
 * shipper.start();
 * shipper.ship(emitted);
 * long lost = shipper.stop(Duration.ofSeconds(10));
 * }</pre>
 */
public final class SecurityEventShipper implements SecurityEventSink {

    private final SecurityEventWriter writer;
    private final DeliveryPipeline pipeline;
    private final StatusReporter status;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile long stopResult;
    /** Whether the writer links events into a hash chain (then {@link #ship} serialises and queues under a lock). */
    private final boolean chained;
    private final Object chainOrder = new Object();

    /**
     * @param writer   the canonical writer (with the adapter's enrichment)
     * @param pipeline the pipeline, not started; this shipper starts and stops it
     * @param status   where problems are reported locally
     */
    public SecurityEventShipper(SecurityEventWriter writer, DeliveryPipeline pipeline, StatusReporter status) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.status = Objects.requireNonNull(status, "status");
        this.chained = writer.integrityChain() != null;
    }

    /**
     * Starts the pipeline (never waits on the network), then attaches to the {@link StartupBuffer}: the events
     * emitted before any shipping output existed are offered first, in emission order. Idempotent.
     *
     * @return how many buffered events were taken from the startup buffer
     */
    public int start() {
        if (!started.compareAndSet(false, true)) {
            return 0;
        }
        pipeline.start();
        StartupBuffer buffer = StartupBuffer.global();
        long overflowBefore = buffer.overflowCount();
        int handed = buffer.attach(this);
        if (handed > 0) {
            status.info(handed + " security event(s) emitted before " + pipeline + " started were taken from the"
                    + " startup buffer");
        }
        if (overflowBefore > 0) {
            status.warn("the startup buffer (capacity " + buffer.capacity() + ") overflowed before the first shipping"
                    + " output started: " + overflowBefore + " of the earliest security event(s) were dropped");
        }
        return handed;
    }

    /**
     * Queues one event for serialisation and delivery. Never throws. Without an integrity chain, takes no lock; with
     * one, linking and queueing are one step under this shipper's lock (the pipeline then serialises on this thread),
     * so events arrive in chain order whatever the number of producer threads (the chain's verifier reports any other
     * order as tampering).
     *
     * @param emitted the event
     * @return whether it was queued (false: dropped and counted by the pipeline)
     */
    public boolean ship(EmittedEvent emitted) {
        if (!chained) {
            return queue(emitted);
        }
        synchronized (chainOrder) {
            return queue(emitted);
        }
    }

    private boolean queue(EmittedEvent emitted) {
        try {
            return pipeline.offer(emitted, writer);
        } catch (RuntimeException e) {
            status.warn("security event " + emitted.envelope().uid() + " could not be queued: " + e);
            return false;
        }
    }

    /** Takes an event from the startup buffer: same as {@link #ship(EmittedEvent)}. */
    @Override
    public void accept(EmittedEvent event) {
        ship(event);
    }

    /**
     * Detaches from the startup buffer and stops the pipeline: drains until {@code timeout}, then counts what is left
     * as {@link DropReason#SHUTDOWN}. Idempotent: a second call returns the first call's result.
     *
     * @param timeout drain deadline
     * @return events not delivered because of the stop
     */
    public long stop(Duration timeout) {
        if (!stopped.compareAndSet(false, true)) {
            return stopResult;
        }
        StartupBuffer.global().detach(this);
        stopResult = pipeline.stop(timeout);
        return stopResult;
    }

    /** @return the pipeline's counters */
    public DeliverySnapshot snapshot() {
        return pipeline.snapshot();
    }

    /** @return events dropped because the writer could not serialise them ({@link DropReason#UNSERIALISABLE}) */
    public long serialisationFailures() {
        return pipeline.snapshot().dropped(DropReason.UNSERIALISABLE);
    }

    /** @return the canonical writer */
    public SecurityEventWriter writer() {
        return writer;
    }

    /** @return the pipeline */
    public DeliveryPipeline pipeline() {
        return pipeline;
    }

    @Override
    public String toString() {
        return "SecurityEventShipper[" + pipeline + "]";
    }
}
