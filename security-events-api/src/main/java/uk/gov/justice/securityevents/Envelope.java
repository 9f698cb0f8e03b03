package uk.gov.justice.securityevents;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link SecurityEvents#emit(SecurityEvent)} stamps on an event: a UUIDv7 id ({@code metadata.uid}), the
 * occurrence time with microseconds, the producer instance and its sequence number ({@code metadata.sequence}), and the
 * current OpenTelemetry trace and span ids when there are any.
 */
public final class Envelope {
    private final String uid;
    private final Instant time;
    private final int sequence;
    private final String producerInstanceUid;
    private final String traceId;
    private final String spanId;

    /**
     * Creates an envelope. Normally only {@link SecurityEvents} does this; tests use it to fix ids and time.
     *
     * @param uid                 event id, a UUID string
     * @param time                occurrence time
     * @param sequence            sequence number within the producer instance, 1..2147483647
     * @param producerInstanceUid id of the emitting {@link SecurityEvents} instance
     * @param traceId             W3C trace id (32 hex), or null
     * @param spanId              W3C span id (16 hex), or null
     */
    public Envelope(String uid, Instant time, int sequence, String producerInstanceUid, String traceId,
            String spanId) {
        this.uid = Objects.requireNonNull(uid, "metadata.uid");
        this.time = Objects.requireNonNull(time, "time");
        if (sequence < 1) {
            throw new IllegalArgumentException("metadata.sequence must be at least 1 but was " + sequence);
        }
        this.sequence = sequence;
        this.producerInstanceUid = Objects.requireNonNull(producerInstanceUid, "metadata.reporter.uid");
        this.traceId = traceId;
        this.spanId = spanId;
    }

    /** {@code metadata.uid}: a UUIDv7. */
    public String uid() {
        return uid;
    }

    /** Occurrence time, microsecond precision where the clock gives it. */
    public Instant time() {
        return time;
    }

    /** {@code metadata.sequence}: 1, 2, … 2147483647, then 1 again. */
    public int sequence() {
        return sequence;
    }

    /** {@code metadata.reporter.uid}: identifies the producer instance that numbered the sequence. */
    public String producerInstanceUid() {
        return producerInstanceUid;
    }

    /** W3C trace id, or null. */
    public String traceId() {
        return traceId;
    }

    /** W3C span id, or null. */
    public String spanId() {
        return spanId;
    }

    @Override
    public String toString() {
        return "Envelope[uid=" + uid + ", seq=" + sequence + ", time=" + time + "]";
    }
}
