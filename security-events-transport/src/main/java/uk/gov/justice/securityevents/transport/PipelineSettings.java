package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of a {@link DeliveryPipeline}: queue bound, batching, overflow, retry, shutdown and the optional
 * {@link DiskSpool}. Every default is a named constant below; every time setting is a {@link Duration}.
 */
public final class PipelineSettings {

    /** Default bound of the queue: 16 MiB of retained event bytes (see {@link OutboundEvent#retainedBytes()}). */
    public static final long DEFAULT_MAX_QUEUE_BYTES = 16L * 1024 * 1024;
    /** Default largest number of events in one batch: 500. */
    public static final int DEFAULT_MAX_BATCH_EVENTS = 500;
    /** Default largest batch: 1 MiB of NDJSON (JSON plus one newline per event), before any compression. */
    public static final int DEFAULT_MAX_BATCH_BYTES = 1024 * 1024;
    /**
     * Default largest number of batches sent and not yet answered at the same time: 4. The effective window is the
     * smaller of this and {@link Destination#maxConcurrentSends()} (1 for syslog, file and stdout), and it applies
     * only without a {@link DiskSpool}; 1 sends one batch at a time. Measured on two cores against a loopback HTTPS
     * collector, throughput rises from 1 to 2-4 batches in flight and not beyond (figures in
     * {@code docs/transport.md}), so 4 reaches the plateau with few connections.
     */
    public static final int DEFAULT_MAX_IN_FLIGHT_BATCHES = 4;
    /** Default longest time the first event of a batch waits for more events: 200 ms. */
    public static final Duration DEFAULT_LINGER = Duration.ofMillis(200);
    /** Default overflow policy without a spool: {@link OverflowPolicy#DROP_NEWEST}. */
    public static final OverflowPolicy DEFAULT_OVERFLOW_POLICY = OverflowPolicy.DROP_NEWEST;
    /** Default overflow policy when a {@link DiskSpool} is configured: {@link OverflowPolicy#SPOOL}. */
    public static final OverflowPolicy DEFAULT_OVERFLOW_POLICY_WITH_SPOOL = OverflowPolicy.SPOOL;
    /**
     * Under {@link OverflowPolicy#SPOOL}, the queue fill level, in percent of {@link #maxQueueBytes()}, at which the
     * sender starts moving queued events to the spool: 50.
     */
    public static final int SPILL_THRESHOLD_PERCENT = 50;
    /** Default longest wait for room under {@link OverflowPolicy#BLOCK}: 100 ms. */
    public static final Duration DEFAULT_BLOCK_TIMEOUT = Duration.ofMillis(100);
    /** Default first retry delay: 200 ms (doubled per attempt, with jitter). */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);
    /** Default longest retry delay: 30 s. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    /** Default cap on a destination's {@code Retry-After}: 5 minutes (a longer value is shortened to this). */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(5);
    /** Default shortest interval between two local "events dropped" warnings: 1 minute. */
    public static final Duration DEFAULT_DROP_REPORT_INTERVAL = Duration.ofMinutes(1);
    /** Default drain deadline used by {@link DeliveryPipeline#close()}: 10 s. */
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private final long maxQueueBytes;
    private final int maxBatchEvents;
    private final int maxBatchBytes;
    private final int maxInFlightBatches;
    private final Duration linger;
    private final OverflowPolicy overflowPolicy;
    private final Duration blockTimeout;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Duration dropReportInterval;
    private final Duration shutdownTimeout;
    private final DiskSpool spool;
    private final boolean overflowPolicySet;

    private PipelineSettings(Builder b, OverflowPolicy resolvedPolicy) {
        this.maxQueueBytes = b.maxQueueBytes;
        this.maxBatchEvents = b.maxBatchEvents;
        this.maxBatchBytes = b.maxBatchBytes;
        this.maxInFlightBatches = b.maxInFlightBatches;
        this.linger = b.linger;
        this.overflowPolicy = resolvedPolicy;
        this.overflowPolicySet = b.overflowPolicy != null;
        this.blockTimeout = b.blockTimeout;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.dropReportInterval = b.dropReportInterval;
        this.shutdownTimeout = b.shutdownTimeout;
        this.spool = b.spool;
    }

    /** @return settings with every default */
    public static PipelineSettings defaults() {
        return builder().build();
    }

    /** @return a builder preset with every default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder preset with these settings */
    public Builder toBuilder() {
        // An overflow policy left to its default stays a default, so adding or removing a spool re-resolves it.
        return new Builder()
                .maxQueueBytes(maxQueueBytes).maxBatchEvents(maxBatchEvents).maxBatchBytes(maxBatchBytes)
                .maxInFlightBatches(maxInFlightBatches).linger(linger)
                .overflowPolicy(overflowPolicySet ? overflowPolicy : null).blockTimeout(blockTimeout)
                .initialBackoff(initialBackoff).maxBackoff(maxBackoff).maxRetryAfter(maxRetryAfter)
                .dropReportInterval(dropReportInterval).shutdownTimeout(shutdownTimeout).spool(spool);
    }

    /** @return bound on retained bytes of all events held (queued and in flight) */
    public long maxQueueBytes() {
        return maxQueueBytes;
    }

    /** @return largest number of events in one batch */
    public int maxBatchEvents() {
        return maxBatchEvents;
    }

    /** @return largest NDJSON size of one batch; a larger single event is dropped as {@link DropReason#EVENT_TOO_LARGE} */
    public int maxBatchBytes() {
        return maxBatchBytes;
    }

    /**
     * @return largest number of batches sent and not yet answered at the same time; the pipeline uses at most
     *     {@link Destination#maxConcurrentSends()} of them, and only without a {@link DiskSpool} (with one, batches go
     *     one at a time)
     */
    public int maxInFlightBatches() {
        return maxInFlightBatches;
    }

    /** @return longest time the first event of a batch waits for the batch to fill */
    public Duration linger() {
        return linger;
    }

    /**
     * @return what happens when the queue is full: the configured policy, else {@link #DEFAULT_OVERFLOW_POLICY_WITH_SPOOL}
     *     with a spool and {@link #DEFAULT_OVERFLOW_POLICY} without
     */
    public OverflowPolicy overflowPolicy() {
        return overflowPolicy;
    }

    /** @return longest wait for room under {@link OverflowPolicy#BLOCK} */
    public Duration blockTimeout() {
        return blockTimeout;
    }

    /** @return first retry delay */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return longest retry delay */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return longest {@code Retry-After} honoured */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** @return shortest interval between two local "events dropped" warnings */
    public Duration dropReportInterval() {
        return dropReportInterval;
    }

    /** @return drain deadline used by {@link DeliveryPipeline#close()} */
    public Duration shutdownTimeout() {
        return shutdownTimeout;
    }

    /** @return the disk spool, or {@code null} when events are kept in memory only (the default) */
    public DiskSpool spool() {
        return spool;
    }

    @Override
    public String toString() {
        return "PipelineSettings[maxQueueBytes=" + maxQueueBytes + ", maxBatchEvents=" + maxBatchEvents
                + ", maxBatchBytes=" + maxBatchBytes + ", maxInFlightBatches=" + maxInFlightBatches
                + ", linger=" + linger + ", overflowPolicy=" + overflowPolicy
                + ", blockTimeout=" + blockTimeout + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", dropReportInterval=" + dropReportInterval
                + ", shutdownTimeout=" + shutdownTimeout + ", spool=" + spool + "]";
    }

    /** Builder for {@link PipelineSettings}; {@link #build()} names the first invalid setting. */
    public static final class Builder {
        private long maxQueueBytes = DEFAULT_MAX_QUEUE_BYTES;
        private int maxBatchEvents = DEFAULT_MAX_BATCH_EVENTS;
        private int maxBatchBytes = DEFAULT_MAX_BATCH_BYTES;
        private int maxInFlightBatches = DEFAULT_MAX_IN_FLIGHT_BATCHES;
        private Duration linger = DEFAULT_LINGER;
        private OverflowPolicy overflowPolicy;
        private Duration blockTimeout = DEFAULT_BLOCK_TIMEOUT;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private Duration dropReportInterval = DEFAULT_DROP_REPORT_INTERVAL;
        private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;
        private DiskSpool spool;

        private Builder() {
        }

        /**
         * @param v see {@link PipelineSettings#maxQueueBytes()}
         * @return this builder
         */
        public Builder maxQueueBytes(long v) {
            this.maxQueueBytes = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#maxBatchEvents()}
         * @return this builder
         */
        public Builder maxBatchEvents(int v) {
            this.maxBatchEvents = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#maxBatchBytes()}
         * @return this builder
         */
        public Builder maxBatchBytes(int v) {
            this.maxBatchBytes = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#maxInFlightBatches()}; at least 1
         * @return this builder
         */
        public Builder maxInFlightBatches(int v) {
            this.maxInFlightBatches = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#linger()}
         * @return this builder
         */
        public Builder linger(Duration v) {
            this.linger = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#overflowPolicy()}; {@code null} restores the default
         * @return this builder
         */
        public Builder overflowPolicy(OverflowPolicy v) {
            this.overflowPolicy = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#blockTimeout()}
         * @return this builder
         */
        public Builder blockTimeout(Duration v) {
            this.blockTimeout = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#initialBackoff()}
         * @return this builder
         */
        public Builder initialBackoff(Duration v) {
            this.initialBackoff = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#maxBackoff()}
         * @return this builder
         */
        public Builder maxBackoff(Duration v) {
            this.maxBackoff = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#maxRetryAfter()}
         * @return this builder
         */
        public Builder maxRetryAfter(Duration v) {
            this.maxRetryAfter = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#dropReportInterval()}
         * @return this builder
         */
        public Builder dropReportInterval(Duration v) {
            this.dropReportInterval = v;
            return this;
        }

        /**
         * @param v see {@link PipelineSettings#shutdownTimeout()}
         * @return this builder
         */
        public Builder shutdownTimeout(Duration v) {
            this.shutdownTimeout = v;
            return this;
        }

        /**
         * @param v a disk spool for events the destination cannot take, or {@code null} for none (the default)
         * @return this builder
         */
        public Builder spool(DiskSpool v) {
            this.spool = v;
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public PipelineSettings build() {
            positive(maxQueueBytes, "maxQueueBytes");
            positive(maxBatchEvents, "maxBatchEvents");
            positive(maxBatchBytes, "maxBatchBytes");
            if (maxBatchBytes > maxQueueBytes) {
                throw new IllegalArgumentException("maxBatchBytes (" + maxBatchBytes
                        + ") must not exceed maxQueueBytes (" + maxQueueBytes + ")");
            }
            positive(maxInFlightBatches, "maxInFlightBatches");
            nonNegative(linger, "linger");
            OverflowPolicy policy = overflowPolicy != null ? overflowPolicy
                    : spool != null ? DEFAULT_OVERFLOW_POLICY_WITH_SPOOL : DEFAULT_OVERFLOW_POLICY;
            if (policy == OverflowPolicy.SPOOL && spool == null) {
                throw new IllegalArgumentException("overflowPolicy SPOOL needs a disk spool: set "
                        + "spool(DiskSpool.builder(directory).build()) or choose DROP_NEWEST, DROP_OLDEST or BLOCK");
            }
            nonNegative(blockTimeout, "blockTimeout");
            positive(initialBackoff, "initialBackoff");
            positive(maxBackoff, "maxBackoff");
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff (" + maxBackoff
                        + ") must not be shorter than initialBackoff (" + initialBackoff + ")");
            }
            nonNegative(maxRetryAfter, "maxRetryAfter");
            positive(dropReportInterval, "dropReportInterval");
            nonNegative(shutdownTimeout, "shutdownTimeout");
            return new PipelineSettings(this, policy);
        }

        private static void positive(long v, String name) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be > 0 but was " + v);
            }
        }

        private static void positive(Duration d, String name) {
            Objects.requireNonNull(d, () -> name + " is required");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be > 0 but was " + d);
            }
        }

        private static void nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, () -> name + " is required");
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative but was " + d);
            }
        }
    }
}
