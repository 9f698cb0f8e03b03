package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Objects;
import uk.gov.justice.securityevents.transport.internal.pipeline.PipelineCore;

/**
 * Takes already-serialised events from application threads and delivers them to one {@link Destination} from one
 * background thread.
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
