package uk.gov.justice.securityevents.transport;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;

/**
 * One already-serialised security event handed to the transport, plus the routing metadata that destinations
 * (syslog structured data) and accounting need without parsing the JSON again.
 *
 * <p>The JSON is one canonical OCSF object, UTF-8, on a single line: it must start with {@code {}, end with
 * {@code }} and contain no raw CR or LF byte (a canonical writer escapes them), so NDJSON framing can never be
 * broken. The builder copies the array, and {@link #jsonBytes()} returns a copy, so an instance is immutable and
 * safe to share between threads.
 */
public final class OutboundEvent {

    /** Largest allowed {@link #sequence()}: RFC 5424 {@code meta sequenceId} wraps to 1 after this value. */
    public static final long MAX_SEQUENCE = 2_147_483_647L;

    /** Fixed allowance, in bytes, for the object headers and fields of one queued event (see {@link #retainedBytes()}). */
    static final int FIXED_OVERHEAD_BYTES = 160;

    private final byte[] json;
    private final String uid;
    private final Instant time;
    private final long sequence;
    private final int classUid;
    private final int activityId;
    private final long typeUid;
    private final int severityId;
    private final String eventCode;
    private final String tenant;
    private final String serviceName;
    private final String hostname;

    private OutboundEvent(Builder b) {
        this.json = b.json;
        this.uid = b.uid;
        this.time = b.time;
        this.sequence = b.sequence;
        this.classUid = b.classUid;
        this.activityId = b.activityId;
        this.typeUid = b.typeUid;
        this.severityId = b.severityId;
        this.eventCode = b.eventCode;
        this.tenant = b.tenant;
        this.serviceName = b.serviceName;
        this.hostname = b.hostname;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a copy of the JSON bytes (UTF-8, no trailing newline) */
    public byte[] jsonBytes() {
        return json.clone();
    }

    /** @return a read-only view of the JSON bytes, positioned at 0; no copy is made */
    public ByteBuffer jsonView() {
        return ByteBuffer.wrap(json).asReadOnlyBuffer();
    }

    /** @return the JSON length in bytes, as it goes on the wire (without the NDJSON newline) */
    public int jsonLength() {
        return json.length;
    }

    /**
     * Approximate heap retained by this event while it is queued: the JSON bytes, the strings (two bytes a char,
     * the worst case) and a fixed allowance. The pipeline's byte bound counts this, not only the JSON, so that the
     * bound is a real memory bound even for very small events.
     *
     * @return the estimate in bytes
     */
    public long retainedBytes() {
        return (long) json.length + FIXED_OVERHEAD_BYTES
                + 2L * (len(uid) + len(eventCode) + len(tenant) + len(serviceName) + len(hostname));
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    /** @return {@code metadata.uid}, the event id (a UUID string) */
    public String uid() {
        return uid;
    }

    /** @return the event time ({@code time}) */
    public Instant time() {
        return time;
    }

    /** @return {@code metadata.sequence}, 1..{@value #MAX_SEQUENCE} */
    public long sequence() {
        return sequence;
    }

    /** @return OCSF {@code class_uid} */
    public int classUid() {
        return classUid;
    }

    /** @return OCSF {@code activity_id} */
    public int activityId() {
        return activityId;
    }

    /** @return OCSF {@code type_uid} */
    public long typeUid() {
        return typeUid;
    }

    /** @return OCSF {@code severity_id}: 0-6 or 99 */
    public int severityId() {
        return severityId;
    }

    /** @return {@code metadata.event_code}, e.g. {@code authn_login_fail} */
    public String eventCode() {
        return eventCode;
    }

    /** @return {@code metadata.tenant_uid}, or {@code null} */
    public String tenant() {
        return tenant;
    }

    /** @return the emitting service's name, or {@code null} */
    public String serviceName() {
        return serviceName;
    }

    /** @return the emitting host's name, or {@code null} */
    public String hostname() {
        return hostname;
    }

    /** Describes the event by its routing keys; never includes the JSON payload. */
    @Override
    public String toString() {
        return "OutboundEvent[uid=" + uid + ", eventCode=" + eventCode + ", typeUid=" + typeUid
                + ", sequence=" + sequence + ", bytes=" + json.length + "]";
    }

    /** Builder for {@link OutboundEvent}; {@link #build()} names the first invalid field. */
    public static final class Builder {
        private byte[] json;
        private String uid;
        private Instant time;
        private long sequence;
        private int classUid = -1;
        private int activityId = -1;
        private long typeUid = -1;
        private int severityId = -1;
        private String eventCode;
        private String tenant;
        private String serviceName;
        private String hostname;
        private boolean canonical;

        private Builder() {
        }

        /**
         * Takes ownership of an array the canonical writer has just produced: no copy and no byte scan, because the
         * writer only ever writes one single-line JSON object (tested in the api). Same package only.
         */
        Builder canonicalJson(byte[] json) {
            this.json = Objects.requireNonNull(json, "json");
            this.canonical = true;
            return this;
        }

        /**
         * @param json one OCSF JSON object, UTF-8, single line; the array is copied
         * @return this builder
         */
        public Builder json(byte[] json) {
            this.json = Objects.requireNonNull(json, "json").clone();
            this.canonical = false;
            return this;
        }

        /**
         * @param uid {@code metadata.uid} (required)
         * @return this builder
         */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /**
         * @param time event time (required)
         * @return this builder
         */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /**
         * @param sequence {@code metadata.sequence}, 1..{@value OutboundEvent#MAX_SEQUENCE}
         * @return this builder
         */
        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        /**
         * @param classUid OCSF {@code class_uid} (required, &ge; 0)
         * @return this builder
         */
        public Builder classUid(int classUid) {
            this.classUid = classUid;
            return this;
        }

        /**
         * @param activityId OCSF {@code activity_id} (required, &ge; 0)
         * @return this builder
         */
        public Builder activityId(int activityId) {
            this.activityId = activityId;
            return this;
        }

        /**
         * @param typeUid OCSF {@code type_uid} (required, &ge; 0)
         * @return this builder
         */
        public Builder typeUid(long typeUid) {
            this.typeUid = typeUid;
            return this;
        }

        /**
         * @param severityId OCSF {@code severity_id}: 0-6 or 99
         * @return this builder
         */
        public Builder severityId(int severityId) {
            this.severityId = severityId;
            return this;
        }

        /**
         * @param eventCode {@code metadata.event_code} (required)
         * @return this builder
         */
        public Builder eventCode(String eventCode) {
            this.eventCode = eventCode;
            return this;
        }

        /**
         * @param tenant tenant id, or {@code null}
         * @return this builder
         */
        public Builder tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        /**
         * @param serviceName emitting service, or {@code null}
         * @return this builder
         */
        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /**
         * @param hostname emitting host, or {@code null}
         * @return this builder
         */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /**
         * @return the event
         * @throws NullPointerException     if a required field is missing (the message names it)
         * @throws IllegalArgumentException if a field is out of range (the message names it)
         */
        public OutboundEvent build() {
            Objects.requireNonNull(json, "json is required");
            if (!canonical) {
                checkJson(json);
            }
            requireText(uid, "uid");
            Objects.requireNonNull(time, "time is required");
            if (sequence < 1 || sequence > MAX_SEQUENCE) {
                throw new IllegalArgumentException("sequence must be in 1.." + MAX_SEQUENCE + " but was " + sequence);
            }
            requireNonNegative(classUid, "classUid");
            requireNonNegative(activityId, "activityId");
            requireNonNegative(typeUid, "typeUid");
            if (!((severityId >= 0 && severityId <= 6) || severityId == 99)) {
                throw new IllegalArgumentException("severityId must be 0-6 or 99 but was " + severityId);
            }
            requireText(eventCode, "eventCode");
            return new OutboundEvent(this);
        }

        private static void checkJson(byte[] json) {
            if (json.length < 2 || json[0] != '{' || json[json.length - 1] != '}') {
                throw new IllegalArgumentException("json must be one JSON object: starting with '{' and ending with '}'");
            }
            for (byte b : json) {
                if (b == '\n' || b == '\r') {
                    throw new IllegalArgumentException("json must be a single line: it contains a raw CR or LF byte");
                }
            }
        }

        private static void requireText(String value, String field) {
            if (value == null) {
                throw new NullPointerException(field + " is required"); // no message lambda: this runs on every emit
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
        }

        private static void requireNonNegative(long value, String field) {
            if (value < 0) {
                throw new IllegalArgumentException(field + " is required and must be >= 0 but was " + value);
            }
        }
    }
}
