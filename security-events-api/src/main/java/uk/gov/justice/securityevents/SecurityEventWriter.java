package uk.gov.justice.securityevents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import uk.gov.justice.securityevents.integrity.HashChain;
import uk.gov.justice.securityevents.internal.ocsf.OcsfEventWriter;
import uk.gov.justice.securityevents.privacy.PersonalDataPolicy;
import uk.gov.justice.securityevents.privacy.RedactionCounts;
import uk.gov.justice.securityevents.privacy.RedactionListener;

/**
 * The canonical writer: turns an {@link EmittedEvent} into one OCSF 1.8.0 JSON object (UTF-8, no trailing newline).
 * Every output of the SDK (Logback encoder and appender, Log4j2 layout and appender, syslog, HTTP) uses it, so the same
 * event gives the same bytes everywhere.
 *
 * <p>Safe on any input: every string is JSON-escaped including control characters, U+2028/2029, NEL, bidi controls
 * and lone surrogates (replaced by U+FFFD), and bounded to {@link #maxStringLength()} characters; the whole event is
 * bounded to {@link #maxEventBytes()} bytes (strings, then arrays, are shortened until it fits); either way
 * {@code metadata.is_truncated} and {@code metadata.untruncated_size} say so. Free-text fields (message, status detail,
 * user agents, URLs, queries, rule text, comments, finding titles, unmapped strings) are scrubbed of secrets
 * ({@link uk.gov.justice.securityevents.privacy.SecretKind}) unless scrubbing was explicitly, dangerously, switched
 * off. Personal data rules ({@link PersonalDataPolicy}) and a tamper-evident {@link HashChain} are optional. Thread-safe.
 *
 * <pre>{@code
 * SecurityEventWriter writer = SecurityEventWriter.builder(context)
 *         .maxEventBytes(32 * 1024)
 *         .personalData(PersonalDataPolicy.parse("user.email_addr=DROP, *.ip=MASK", null))
 *         .integrityChain(HashChain.hmacSha256(HmacKey.fromEnvironment("SECURITY_EVENTS_CHAIN_KEY")))
 *         .build();
 * }</pre>
 */
public final class SecurityEventWriter {
    /** Default longest string value, in UTF-16 characters: {@value}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 8192;
    /** Smallest allowed limit: {@value}. */
    public static final int MIN_MAX_STRING_LENGTH = 64;
    /** Default largest event, in UTF-8 bytes: {@value} (64 KiB; below common syslog and collector limits). */
    public static final int DEFAULT_MAX_EVENT_BYTES = 64 * 1024;
    /** Smallest allowed event limit, in bytes: {@value}. */
    public static final int MIN_MAX_EVENT_BYTES = 4096;

    private final OcsfEventWriter delegate;
    private final int maxStringLength;
    private final int maxEventBytes;
    private final boolean secretScrubbing;
    private final PersonalDataPolicy personalData;
    private final RedactionCounts redactionCounts = new RedactionCounts();
    private final HashChain chain;

    private SecurityEventWriter(Builder b) {
        if (b.maxStringLength < MIN_MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("maxStringLength must be at least " + MIN_MAX_STRING_LENGTH
                    + " but was " + b.maxStringLength);
        }
        if (b.maxEventBytes < MIN_MAX_EVENT_BYTES) {
            throw new IllegalArgumentException("maxEventBytes must be at least " + MIN_MAX_EVENT_BYTES
                    + " but was " + b.maxEventBytes);
        }
        this.maxStringLength = b.maxStringLength;
        this.maxEventBytes = b.maxEventBytes;
        this.secretScrubbing = b.secretScrubbing;
        this.personalData = b.personalData;
        this.chain = b.chain;
        if (!secretScrubbing) {
            System.err.println("security-events: WARNING secret scrubbing is DISABLED for this writer (service "
                    + b.context.serviceName() + "); passwords and tokens in free text will reach the log platform");
        }
        this.delegate = new OcsfEventWriter(b.context, maxStringLength, maxEventBytes, secretScrubbing,
                personalData, redactionCounts, b.listener);
    }

    /** A writer with the given enrichment and every default (see {@link Builder}). */
    public static SecurityEventWriter create(ServiceContext context) {
        return builder(context).build();
    }

    /** A writer with the given enrichment and string limit, other settings at their defaults. */
    public static SecurityEventWriter create(ServiceContext context, int maxStringLength) {
        return builder(context).maxStringLength(maxStringLength).build();
    }

    /**
     * A builder for a writer with non-default limits, personal data rules, redaction listener or hash chain.
     *
     * @param context the enrichment every event gets
     * @return the builder
     */
    public static Builder builder(ServiceContext context) {
        return new Builder(Objects.requireNonNull(context, "context"));
    }

    /** The enrichment this writer adds. */
    public ServiceContext context() {
        return delegate.context();
    }

    /** Longest string value written. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** Largest event written, in UTF-8 bytes (including any integrity link). */
    public int maxEventBytes() {
        return maxEventBytes;
    }

    /** Whether free text is scrubbed of secrets (true unless dangerously disabled). */
    public boolean secretScrubbing() {
        return secretScrubbing;
    }

    /** The personal data rules applied. */
    public PersonalDataPolicy personalData() {
        return personalData;
    }

    /** The hash chain events are linked into, or null. */
    public HashChain integrityChain() {
        return chain;
    }

    /** Secrets redacted by this writer so far, by kind; live and thread-safe. */
    public RedactionCounts redactionCounts() {
        return redactionCounts;
    }

    /**
     * Writes the event to {@code out} in one call (the JSON is built in a per-thread buffer first, so a failure never
     * leaves half an event in {@code out}). With a hash chain, the link is added and the bytes written under the
     * chain's lock, so the chain order is the order of writes to {@code out}.
     *
     * @param event the event with its envelope
     * @param out   the sink
     * @throws IOException when the sink fails
     * @throws IllegalArgumentException when the event cannot be shrunk below {@link #maxEventBytes()}
     */
    public void write(EmittedEvent event, OutputStream out) throws IOException {
        if (chain == null) {
            delegate.write(event, out);
        } else {
            chain.write(delegate.toBytes(event, HashChain.MAX_LINK_BYTES), out);
        }
    }

    /**
     * The event as JSON bytes. With a hash chain, the event is linked now: the chain order is the order of these
     * calls.
     */
    public byte[] toBytes(EmittedEvent event) {
        if (chain == null) {
            return delegate.toBytes(event, 0);
        }
        return chain.link(delegate.toBytes(event, HashChain.MAX_LINK_BYTES));
    }

    /**
     * The event as one NDJSON line: the bytes of {@link #toBytes(EmittedEvent)} followed by {@code \n}, in one
     * exact-size array (for encoders that return a line per event).
     */
    public byte[] toLine(EmittedEvent event) {
        if (chain == null) {
            return delegate.toBytes(event, 0, '\n');
        }
        byte[] linked = chain.link(delegate.toBytes(event, HashChain.MAX_LINK_BYTES));
        byte[] line = java.util.Arrays.copyOf(linked, linked.length + 1);
        line[linked.length] = '\n';
        return line;
    }

    /** The event as a JSON string (see {@link #toBytes(EmittedEvent)}). */
    public String toJson(EmittedEvent event) {
        return new String(toBytes(event), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Builds a {@link SecurityEventWriter}; every setting is validated by {@link #build()}. */
    public static final class Builder {
        private final ServiceContext context;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxEventBytes = DEFAULT_MAX_EVENT_BYTES;
        private boolean secretScrubbing = true;
        private PersonalDataPolicy personalData = PersonalDataPolicy.KEEP_ALL;
        private RedactionListener listener = RedactionListener.NONE;
        private HashChain chain;

        private Builder(ServiceContext context) {
            this.context = context;
        }

        /** Longest string value, in UTF-16 chars; default {@value SecurityEventWriter#DEFAULT_MAX_STRING_LENGTH}. */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
            return this;
        }

        /** Largest event, in UTF-8 bytes; default {@value SecurityEventWriter#DEFAULT_MAX_EVENT_BYTES}. */
        public Builder maxEventBytes(int maxEventBytes) {
            this.maxEventBytes = maxEventBytes;
            return this;
        }

        /** Personal data rules; default {@link PersonalDataPolicy#KEEP_ALL}. */
        public Builder personalData(PersonalDataPolicy policy) {
            this.personalData = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Told about every redacted secret; default none. */
        public Builder redactionListener(RedactionListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Links every written event into this tamper-evident chain; default none. */
        public Builder integrityChain(HashChain chain) {
            this.chain = Objects.requireNonNull(chain, "chain");
            return this;
        }

        /**
         * DANGEROUS: stops scrubbing secrets from free text, so passwords, tokens and keys that callers put in
         * messages, URLs or queries reach the log platform. Only for a destination that scrubs itself; the writer
         * prints a warning to standard error when built.
         */
        public Builder dangerouslyDisableSecretScrubbing() {
            this.secretScrubbing = false;
            return this;
        }

        /** Builds the writer, failing with a message naming the setting when one is out of range. */
        public SecurityEventWriter build() {
            return new SecurityEventWriter(this);
        }
    }
}
