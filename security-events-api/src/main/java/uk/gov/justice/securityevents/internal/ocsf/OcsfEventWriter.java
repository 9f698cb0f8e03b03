package uk.gov.justice.securityevents.internal.ocsf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.internal.SdkInfo;

/**
 * The canonical writer: one event, one OCSF 1.8.0 JSON object, fields in a fixed order. Strings are escaped
 * completely and bounded; when any was cut, the event is written again with {@code metadata.is_truncated} and
 * {@code metadata.untruncated_size} so nothing half-written leaves without saying so.
 */
public final class OcsfEventWriter {
    /** OCSF version the output validates against. */
    public static final String OCSF_VERSION = "1.8.0";

    private static final DateTimeFormatter TIME_DT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JsonFactory factory;
    private final ServiceContext context;
    private final int maxStringLength;

    /**
     * Creates a writer.
     *
     * @param context         enrichment added to every event
     * @param maxStringLength longest string value written, in UTF-16 chars
     */
    public OcsfEventWriter(ServiceContext context, int maxStringLength) {
        this.context = context;
        this.maxStringLength = maxStringLength;
        this.factory = JsonFactory.builder().build();
        this.factory.setCharacterEscapes(new SafeEscapes());
    }

    /** The enrichment this writer adds. */
    public ServiceContext context() {
        return context;
    }

    /**
     * Writes one event as one JSON object (no trailing newline).
     *
     * @param emitted the event and its envelope
     * @param out     the sink
     * @throws IOException when the sink fails
     */
    public void write(EmittedEvent emitted, OutputStream out) throws IOException {
        ReusableBuffer buffer = ReusableBuffer.forThread();
        buffer.reset();
        if (writeOnce(emitted, buffer, maxStringLength, null)) {
            CountingSink counter = new CountingSink();
            writeOnce(emitted, counter, Integer.MAX_VALUE, null);
            buffer.reset();
            writeOnce(emitted, buffer, maxStringLength, counter.count());
        }
        buffer.writeTo(out);
    }

    /** Returns true when a string was cut. */
    private boolean writeOnce(EmittedEvent emitted, OutputStream sink, int limit, Long untruncatedSize)
            throws IOException {
        try (JsonGenerator gen = factory.createGenerator(sink)) {
            JsonOut out = new JsonOut(gen, limit, context);
            writeEvent(emitted, out, untruncatedSize);
            gen.flush();
            return out.truncated();
        }
    }

    private void writeEvent(EmittedEvent emitted, JsonOut out, Long untruncatedSize) {
        SecurityEvent e = emitted.event();
        Envelope env = emitted.envelope();
        Classification c = e.classification();
        BodyWriter<SecurityEvent> body = BodyWriters.forEvent(e);
        Instant time = e.time() != null ? e.time() : env.time();

        out.begin()
                .num("class_uid", c.ocsfClass().uid()).str("class_name", c.ocsfClass().caption())
                .num("category_uid", c.ocsfClass().categoryUid()).str("category_name", c.ocsfClass().categoryCaption())
                .num("activity_id", c.activityId()).str("activity_name", c.activityName())
                .num("type_uid", c.typeUid()).str("type_name", c.typeName())
                .num("time", time.toEpochMilli()).str("time_dt", TIME_DT.format(time.truncatedTo(ChronoUnit.MICROS)))
                .num("timezone_offset", 0)
                .num("severity_id", e.severity().id()).str("severity", e.severity().caption())
                .num("status_id", e.outcome().id())
                .str("status", body.statusCaption(e) != null ? body.statusCaption(e) : e.outcome().caption())
                .str("status_detail", e.statusDetail())
                .str("message", e.message());

        boolean hostDevice = !body.writesDevice() && context.hostname() != null;
        writeMetadata(out, e, env, c, hostDevice, body.usesSecurityControl(), untruncatedSize);
        if (hostDevice) {
            out.begin("device").num("type_id", 0).str("type", "Unknown").str("hostname", context.hostname())
                    .str("uid", context.hostUid()).end();
        }
        if (context.cloudProvider() != null) {
            out.begin("cloud").str("provider", context.cloudProvider()).str("region", context.cloudRegion()).end();
        }
        Models.actor(out, e.actor());
        body.write(e, out);
        writeUnmapped(out, e, env);
        out.end();
    }

    private void writeMetadata(JsonOut out, SecurityEvent e, Envelope env, Classification c, boolean host,
            boolean securityControl, Long untruncatedSize) {
        out.begin("metadata")
                .str("version", OCSF_VERSION)
                .str("uid", env.uid())
                .str("event_code", c.eventCode())
                .begin("product").str("name", context.serviceName()).str("vendor_name", context.vendorName())
                .str("version", context.serviceVersion()).end()
                .str("log_provider", SdkInfo.LOG_PROVIDER)
                .num("sequence", env.sequence())
                .begin("reporter").str("name", context.serviceName()).str("uid", env.producerInstanceUid())
                .str("hostname", context.hostname()).end()
                .str("tenant_uid", context.tenant())
                .str("correlation_uid", e.correlationUid());
        out.beginArray("profiles");
        out.value("datetime");
        if (host) {
            out.value("host");
        }
        if (context.cloudProvider() != null) {
            out.value("cloud");
        }
        if (securityControl) {
            out.value("security_control");
        }
        out.endArray();
        out.beginArray("labels").value(e.principle().label());
        if (context.environment() != null) {
            out.value("environment:" + context.environment());
        }
        out.endArray();
        if (untruncatedSize != null) {
            out.bool("is_truncated", Boolean.TRUE).num("untruncated_size", (int) Math.min(untruncatedSize, Integer.MAX_VALUE));
        }
        out.end();
    }

    private static void writeUnmapped(JsonOut out, SecurityEvent e, Envelope env) {
        Map<String, Object> unmapped = e.unmapped();
        if (unmapped.isEmpty() && env.traceId() == null) {
            return;
        }
        out.begin("unmapped");
        for (Map.Entry<String, Object> entry : unmapped.entrySet()) {
            out.scalar(entry.getKey(), entry.getValue());
        }
        out.str("trace_id", env.traceId()).str("span_id", env.spanId());
        out.end();
    }
}
