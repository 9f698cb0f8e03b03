package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Objects;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.transport.internal.pipeline.PipelineCore;

/**
 * Takes events from application threads, serialised ({@link #offer(OutboundEvent)}) or with the writer that
 * serialises them ({@link #offer(EmittedEvent, SecurityEventWriter)}), and delivers them to one {@link Destination}
 * from one background thread.
 *
 * <ul>
 *   <li>{@link #offer(OutboundEvent)} never does I/O and takes no lock: it reserves bytes in a bounded queue with a
 *       CAS and returns. When the queue is full the {@link OverflowPolicy} decides; every event not queued is
 *       counted under a {@link DropReason}.</li>
 *   <li>One daemon sender thread ({@code security-events-sender-N}) batches by count, bytes and linger time and
 *       retries transient failures with exponential back-off and jitter, honouring {@code Retry-After}. It keeps up
 *       to {@link PipelineSettings#maxInFlightBatches()} batches in flight when the destination allows it
 *       ({@link Destination#maxConcurrentSends()}) and there is no spool; otherwise one.</li>
 *   <li>Memory is bounded by {@link PipelineSettings#maxQueueBytes()} whatever the destination does: the bound
 *       covers queued events and the batches in flight.</li>
 *   <li>Optionally ({@link PipelineSettings.Builder#spool(DiskSpool)}), what the destination cannot take goes to a
 *       bounded {@link DiskSpool} on disk and is replayed in order once it recovers, or after a restart.</li>
 *   <li>Every offered event ends delivered, spooled or dropped with a counted reason ({@link #snapshot()}); failures
 *       are reported locally through a {@link StatusReporter} on state transitions.</li>
 * </ul>
 *
 * <p>Events offered before {@link #start()} are queued, not lost. {@link #stop(Duration)} drains until its deadline,
 * then spools what is left (with a spool) or counts it.
 *
 * <pre>{@code
 * DeliveryPipeline pipeline = DeliveryPipeline.builder(StdoutDestination.create()).build();
 * pipeline.start();
 * pipeline.offer(event);
 * long lost = pipeline.stop(Duration.ofSeconds(5));
 * }</pre>
 */
public final class DeliveryPipeline implements AutoCloseable {

    private final PipelineSettings settings;
    private final Destination destination;
    private final PipelineCore core;

    private DeliveryPipeline(Builder b) {
        this.settings = b.settings;
        this.destination = b.destination;
        this.core = new PipelineCore(b.settings, b.destination, b.listener, b.statusReporter);
    }

    /**
     * @param destination where batches go; the pipeline closes it on stop
     * @return a builder with default settings, no listener and the stderr status reporter
     */
    public static Builder builder(Destination destination) {
        return new Builder(destination);
    }

    /** Starts the sender thread. Never waits on the network. Idempotent. */
    public void start() {
        core.start();
    }

    /**
     * Queues an event for delivery. Never blocks except under {@link OverflowPolicy#BLOCK}, and then at most
     * {@link PipelineSettings#blockTimeout()}.
     *
     * @param event the event
     * @return {@code true} if queued; {@code false} if dropped (counted in {@link #snapshot()})
     */
    public boolean offer(OutboundEvent event) {
        return core.offer(Objects.requireNonNull(event, "event"));
    }

    /**
     * Serialises an event with {@code writer} and queues it, serialising on the sender thread when it can: while the
     * sender keeps up (fewer than {@link PipelineSettings#maxBatchEvents()} events queued, the queue under half
     * full) the calling thread only queues the event, and the sender serialises it just before it joins a batch (or
     * the spool). When the sender is behind, the calling thread serialises, so producers share the work; a writer
     * with an integrity chain always serialises on the calling thread (its links must follow the queue order; the
     * caller orders its calls, see {@link SecurityEventShipper}). Either way the event keeps its place in the order of
     * offers, and the bytes are the writer's. An event left to the sender counts against
     * {@link PipelineSettings#maxQueueBytes()} at an estimate of its size (the largest event serialised lately) until
     * its true size replaces it; the bound is never passed. Never blocks except as {@link #offer(OutboundEvent)}.
     *
     * @param emitted the event with its envelope
     * @param writer  the canonical writer (with the enrichment) that serialises it
     * @return {@code true} if queued (an event left to the sender that then cannot be serialised is counted as
     *     {@link DropReason#UNSERIALISABLE}); {@code false} if dropped (counted in {@link #snapshot()}, including
     *     {@link DropReason#UNSERIALISABLE} when serialised here)
     */
    public boolean offer(EmittedEvent emitted, SecurityEventWriter writer) {
        return core.offer(Objects.requireNonNull(emitted, "emitted"), Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Flushes what is queued (ignoring linger), retrying until {@code timeout}; then writes what is left to the disk
     * spool if there is one (it is sent first by the next pipeline built on that directory), else counts it as
     * {@link DropReason#SHUTDOWN}; closes the destination and the spool and ends the sender thread. Idempotent: a
     * second call returns the first call's result.
     *
     * @param timeout drain deadline
     * @return how many events were neither delivered nor spooled because of the stop
     */
    public long stop(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
        }
        return core.stop(timeout);
    }

    /** Same as {@code stop(settings().shutdownTimeout())}. */
    @Override
    public void close() {
        stop(settings.shutdownTimeout());
    }

    /** @return a copy of the counters */
    public DeliverySnapshot snapshot() {
        return core.snapshot();
    }

    /** @return whether started and not yet stopped */
    public boolean isRunning() {
        return core.isRunning();
    }

    /** @return the settings */
    public PipelineSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "DeliveryPipeline[" + destination.description() + "]";
    }

    /** Builder for {@link DeliveryPipeline}. */
    public static final class Builder {
        private final Destination destination;
        private PipelineSettings settings = PipelineSettings.defaults();
        private DeliveryListener listener = DeliveryListener.NO_OP;
        private StatusReporter statusReporter = StatusReporter.stderr();

        private Builder(Destination destination) {
            this.destination = Objects.requireNonNull(destination, "destination is required");
        }

        /**
         * @param settings pipeline settings
         * @return this builder
         */
        public Builder settings(PipelineSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * @param listener observer of deliveries, retries and drops
         * @return this builder
         */
        public Builder listener(DeliveryListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param statusReporter local channel for health transitions (default stderr)
         * @return this builder
         */
        public Builder statusReporter(StatusReporter statusReporter) {
            this.statusReporter = Objects.requireNonNull(statusReporter, "statusReporter");
            return this;
        }

        /**
         * Builds the pipeline. With a {@link DiskSpool}, this creates its directory if needed and takes its lock
         * (segments left by an earlier process are read when the pipeline starts).
         *
         * @return the pipeline, not started
         * @throws IllegalStateException if the spool directory is locked by another process or another pipeline;
         *     the message names the directory and the holder's pid
         */
        public DeliveryPipeline build() {
            return new DeliveryPipeline(this);
        }
    }
}
