package uk.gov.justice.securityevents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import uk.gov.justice.securityevents.internal.ocsf.OcsfEventWriter;

/**
 * The canonical writer: turns an {@link EmittedEvent} into one OCSF 1.8.0 JSON object (UTF-8, no trailing newline).
 * Every output of the SDK (Logback encoder and appender, Log4j2 layout and appender, syslog, HTTP) uses it, so the same
 * event gives the same bytes everywhere.
 *
 * <p>Safe on any input: every string is JSON-escaped including control characters, U+2028/2029, NEL, bidi controls
 * and lone surrogates (replaced by U+FFFD), and bounded to {@link #maxStringLength()} characters with
 * {@code metadata.is_truncated} set when anything was cut. Thread-safe.
 */
public final class SecurityEventWriter {
    /** Default longest string value, in UTF-16 characters: {@value}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 8192;
    /** Smallest allowed limit: {@value}. */
    public static final int MIN_MAX_STRING_LENGTH = 64;

    private final OcsfEventWriter delegate;
    private final int maxStringLength;

    private SecurityEventWriter(ServiceContext context, int maxStringLength) {
        if (maxStringLength < MIN_MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("maxStringLength must be at least " + MIN_MAX_STRING_LENGTH
                    + " but was " + maxStringLength);
        }
        this.maxStringLength = maxStringLength;
        this.delegate = new OcsfEventWriter(java.util.Objects.requireNonNull(context, "context"), maxStringLength);
    }

    /** A writer with the given enrichment and the default string limit. */
    public static SecurityEventWriter create(ServiceContext context) {
        return new SecurityEventWriter(context, DEFAULT_MAX_STRING_LENGTH);
    }

    /** A writer with the given enrichment and string limit. */
    public static SecurityEventWriter create(ServiceContext context, int maxStringLength) {
        return new SecurityEventWriter(context, maxStringLength);
    }

    /** The enrichment this writer adds. */
    public ServiceContext context() {
        return delegate.context();
    }

    /** Longest string value written. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Writes the event to {@code out} in one call (the JSON is built in a per-thread buffer first, so a failure never
     * leaves half an event in {@code out}).
     *
     * @param event the event with its envelope
     * @param out   the sink
     * @throws IOException when the sink fails
     */
    public void write(EmittedEvent event, OutputStream out) throws IOException {
        delegate.write(event, out);
    }

    /** The event as JSON bytes. */
    public byte[] toBytes(EmittedEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            delegate.write(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The event as a JSON string. */
    public String toJson(EmittedEvent event) {
        return new String(toBytes(event), java.nio.charset.StandardCharsets.UTF_8);
    }
}
