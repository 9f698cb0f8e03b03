package uk.gov.justice.securityevents.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;
import uk.gov.justice.securityevents.transport.internal.file.RollingFileWriter;

/**
 * Appends NDJSON (one event per line) to a file, rolling it by size: {@code events.ndjson} is current,
 * {@code events.ndjson.1} the newest rolled file, {@code events.ndjson.N} the oldest. New files are created
 * readable by their owner only (POSIX). A failed write is retryable; a batch written partly before the failure is
 * written again in full, so a line can appear twice (deduplicate on {@code metadata.uid}).
 *
 * <pre>{@code
 * Destination file = NdjsonFileDestination.builder(Path.of("/var/log/app/security-events.ndjson"))
 *         .maxFileSize(50L * 1024 * 1024).maxRolledFiles(3).build();
 * }</pre>
 */
public final class NdjsonFileDestination implements Destination {

    /** Default size at which the file is rolled: 100 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;
    /** Default number of rolled files kept: 5. */
    public static final int DEFAULT_MAX_ROLLED_FILES = 5;
    /** Longest a batch write may take before the pipeline treats it as a timeout: 30 s. */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private final Path file;
    private final RollingFileWriter writer;

    private NdjsonFileDestination(Builder b) {
        this.file = b.file;
        this.writer = new RollingFileWriter(b.file, b.maxFileSize, b.maxRolledFiles);
    }

    /**
     * @param file the current file (parent directories are created on first write)
     * @return a builder
     */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    @Override
    public String description() {
        return "file " + file;
    }

    @Override
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        try {
            writer.write(batch);
            return CompletableFuture.completedFuture(DeliveryResult.delivered());
        } catch (IOException e) {
            writer.close(); // reopen on the next attempt, in case the file was moved or the disk recovered
            return CompletableFuture.completedFuture(
                    DeliveryResult.retryable("write to " + file + " failed: " + SafeText.describe(e), null));
        }
    }

    @Override
    public Duration attemptTimeout() {
        return ATTEMPT_TIMEOUT;
    }

    @Override
    public void close() {
        writer.close();
    }

    /** Builder for {@link NdjsonFileDestination}. */
    public static final class Builder {
        private final Path file;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private int maxRolledFiles = DEFAULT_MAX_ROLLED_FILES;

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file is required");
        }

        /**
         * @param bytes roll before a line would make the file larger than this (default 100 MiB)
         * @return this builder
         */
        public Builder maxFileSize(long bytes) {
            this.maxFileSize = bytes;
            return this;
        }

        /**
         * @param count rolled files to keep, 0 to keep none (default 5)
         * @return this builder
         */
        public Builder maxRolledFiles(int count) {
            this.maxRolledFiles = count;
            return this;
        }

        /** @return the destination; the file is opened on the first write */
        public NdjsonFileDestination build() {
            if (maxFileSize <= 0) {
                throw new IllegalArgumentException("maxFileSize must be > 0 but was " + maxFileSize);
            }
            if (maxRolledFiles < 0) {
                throw new IllegalArgumentException("maxRolledFiles must be >= 0 but was " + maxRolledFiles);
            }
            return new NdjsonFileDestination(this);
        }
    }
}
