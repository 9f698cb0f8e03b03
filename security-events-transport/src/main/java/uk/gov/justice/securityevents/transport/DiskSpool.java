package uk.gov.justice.securityevents.transport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a pipeline's disk spool: a directory of append-only segment files where events go when the
 * destination cannot take them (down, throttling, failing, or the queue filling under {@link OverflowPolicy#SPOOL}).
 * Spooled events are replayed in order as soon as the destination takes events again, and after a restart of the
 * process: a pipeline opened on a spool directory holding events sends them first, before its own new events.
 *
 * <p>Delivery is at least once: an event can arrive twice around a crash or a lost acknowledgement, always with the
 * same bytes, so the same {@code metadata.uid}. The spool is bounded by {@link #maxBytes()}; when full it drops the
 * oldest segment or refuses the newest event ({@link SpoolFullPolicy}), counted under a {@link DropReason}. Every
 * record carries a CRC32C checksum, so a write torn by a crash is detected, counted as
 * {@link DropReason#SPOOL_CORRUPT} and skipped, never sent. The format is described in {@code docs/reliability.md}.
 *
 * <p>One process per directory: the pipeline takes an OS file lock on {@code spool.lock} when it is built and
 * {@link DeliveryPipeline.Builder#build()} fails, naming the directory and the holder's pid, if another process (or
 * another pipeline in this one) holds it. If the directory cannot be created or written, the pipeline still starts,
 * warns once through its {@link StatusReporter}, keeps events in memory as without a spool and tries the disk again
 * every {@link #writeRetryInterval()}.
 *
 * <pre>{@code
 * PipelineSettings settings = PipelineSettings.builder()
 *         .spool(DiskSpool.builder(Path.of("/var/spool/my-service/security-events")).maxBytes(512L << 20).build())
 *         .build();                            // overflow policy defaults to SPOOL
 * }</pre>
 */
public final class DiskSpool {

    /** Default bound on the spool's files: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** Default size at which the spool starts a new segment file: 8 MiB. */
    public static final long DEFAULT_MAX_SEGMENT_BYTES = 8L * 1024 * 1024;
    /** Smallest allowed {@link #maxSegmentBytes()}: 4 KiB. */
    public static final long MIN_SEGMENT_BYTES = 4L * 1024;
    /** Default behaviour when full: {@link SpoolFullPolicy#DROP_OLDEST}. */
    public static final SpoolFullPolicy DEFAULT_FULL_POLICY = SpoolFullPolicy.DROP_OLDEST;
    /** Default fsync policy: {@link FsyncPolicy#INTERVAL}. */
    public static final FsyncPolicy DEFAULT_FSYNC_POLICY = FsyncPolicy.INTERVAL;
    /** Default longest time between a write and its fsync under {@link FsyncPolicy#INTERVAL}: 1 s. */
    public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofSeconds(1);
    /** Default wait before the spool tries the disk again after a write or open failure: 10 s. */
    public static final Duration DEFAULT_WRITE_RETRY_INTERVAL = Duration.ofSeconds(10);

    private final Path directory;
    private final long maxBytes;
    private final long maxSegmentBytes;
    private final SpoolFullPolicy fullPolicy;
    private final FsyncPolicy fsyncPolicy;
    private final Duration fsyncInterval;
    private final Duration writeRetryInterval;

    private DiskSpool(Builder b) {
        this.directory = b.directory;
        this.maxBytes = b.maxBytes;
        this.maxSegmentBytes = b.maxSegmentBytes;
        this.fullPolicy = b.fullPolicy;
        this.fsyncPolicy = b.fsyncPolicy;
        this.fsyncInterval = b.fsyncInterval;
        this.writeRetryInterval = b.writeRetryInterval;
    }

    /**
     * @param directory the spool directory, created if missing (with owner-only permissions where POSIX applies);
     *                  one process at a time
     * @return a builder with every default
     */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /** @return the spool directory */
    public Path directory() {
        return directory;
    }

    /** @return bound on the total size of the segment files */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return size at which a new segment file is started (a single larger event gets a segment of its own) */
    public long maxSegmentBytes() {
        return maxSegmentBytes;
    }

    /** @return what happens when the spool is full */
    public SpoolFullPolicy fullPolicy() {
        return fullPolicy;
    }

    /** @return when writes are forced to the device */
    public FsyncPolicy fsyncPolicy() {
        return fsyncPolicy;
    }

    /** @return longest time between a write and its fsync under {@link FsyncPolicy#INTERVAL} */
    public Duration fsyncInterval() {
        return fsyncInterval;
    }

    /** @return wait before the disk is tried again after a failure */
    public Duration writeRetryInterval() {
        return writeRetryInterval;
    }

    /** @return a builder preset with these settings */
    public Builder toBuilder() {
        return new Builder(directory).maxBytes(maxBytes).maxSegmentBytes(maxSegmentBytes).fullPolicy(fullPolicy)
                .fsyncPolicy(fsyncPolicy).fsyncInterval(fsyncInterval).writeRetryInterval(writeRetryInterval);
    }

    @Override
    public String toString() {
        return "DiskSpool[directory=" + directory + ", maxBytes=" + maxBytes + ", maxSegmentBytes=" + maxSegmentBytes
                + ", fullPolicy=" + fullPolicy + ", fsyncPolicy=" + fsyncPolicy + ", fsyncInterval=" + fsyncInterval
                + ", writeRetryInterval=" + writeRetryInterval + "]";
    }

    /** Builder for {@link DiskSpool}; {@link #build()} names the first invalid setting. */
    public static final class Builder {
        private final Path directory;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private long maxSegmentBytes = DEFAULT_MAX_SEGMENT_BYTES;
        private SpoolFullPolicy fullPolicy = DEFAULT_FULL_POLICY;
        private FsyncPolicy fsyncPolicy = DEFAULT_FSYNC_POLICY;
        private Duration fsyncInterval = DEFAULT_FSYNC_INTERVAL;
        private Duration writeRetryInterval = DEFAULT_WRITE_RETRY_INTERVAL;

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "spool directory is required");
        }

        /**
         * @param v see {@link DiskSpool#maxBytes()}; at least twice {@link #maxSegmentBytes(long)}
         * @return this builder
         */
        public Builder maxBytes(long v) {
            this.maxBytes = v;
            return this;
        }

        /**
         * @param v see {@link DiskSpool#maxSegmentBytes()}; at least {@value DiskSpool#MIN_SEGMENT_BYTES}
         * @return this builder
         */
        public Builder maxSegmentBytes(long v) {
            this.maxSegmentBytes = v;
            return this;
        }

        /**
         * @param v see {@link DiskSpool#fullPolicy()}
         * @return this builder
         */
        public Builder fullPolicy(SpoolFullPolicy v) {
            this.fullPolicy = v;
            return this;
        }

        /**
         * @param v see {@link DiskSpool#fsyncPolicy()}
         * @return this builder
         */
        public Builder fsyncPolicy(FsyncPolicy v) {
            this.fsyncPolicy = v;
            return this;
        }

        /**
         * @param v see {@link DiskSpool#fsyncInterval()}
         * @return this builder
         */
        public Builder fsyncInterval(Duration v) {
            this.fsyncInterval = v;
            return this;
        }

        /**
         * @param v see {@link DiskSpool#writeRetryInterval()}
         * @return this builder
         */
        public Builder writeRetryInterval(Duration v) {
            this.writeRetryInterval = v;
            return this;
        }

        /**
         * @return the settings (nothing is touched on disk until a pipeline is built with them)
         * @throws IllegalArgumentException naming the first invalid setting
         */
        public DiskSpool build() {
            if (maxSegmentBytes < MIN_SEGMENT_BYTES) {
                throw new IllegalArgumentException("spool maxSegmentBytes must be >= " + MIN_SEGMENT_BYTES
                        + " but was " + maxSegmentBytes);
            }
            if (maxBytes < 2 * maxSegmentBytes) {
                throw new IllegalArgumentException("spool maxBytes (" + maxBytes
                        + ") must be at least twice maxSegmentBytes (" + maxSegmentBytes + ")");
            }
            Objects.requireNonNull(fullPolicy, "spool fullPolicy is required");
            Objects.requireNonNull(fsyncPolicy, "spool fsyncPolicy is required");
            positive(fsyncInterval, "spool fsyncInterval");
            positive(writeRetryInterval, "spool writeRetryInterval");
            return new DiskSpool(this);
        }

        private static void positive(Duration d, String name) {
            Objects.requireNonNull(d, () -> name + " is required");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be > 0 but was " + d);
            }
        }
    }
}
