package uk.gov.justice.securityevents.internal.ocsf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.internal.SdkInfo;
import uk.gov.justice.securityevents.internal.privacy.PathRules;
import uk.gov.justice.securityevents.privacy.PersonalDataPolicy;
import uk.gov.justice.securityevents.privacy.RedactionCounts;
import uk.gov.justice.securityevents.privacy.RedactionListener;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * The canonical writer: one event, one OCSF 1.8.0 JSON object, fields in a fixed order. Strings are escaped
 * completely and bounded, free text is scrubbed of secrets and personal data rules are applied. When any string was
 * cut, or the event is larger than the byte limit, it is written again (with smaller string limits, then shorter
 * arrays, until it fits) with {@code metadata.is_truncated} and {@code metadata.untruncated_size}, so nothing
 * half-written or oversized leaves without saying so.
 */
public final class OcsfEventWriter {
    /** OCSF version the output validates against. */
    public static final String OCSF_VERSION = "1.8.0";
    /** Smallest string limit the size reduction goes down to before it shortens arrays: {@value}. */
    static final int SMALLEST_STRING_LIMIT = 32;
    /** Array lengths tried, in order, once strings are at {@link #SMALLEST_STRING_LIMIT}. */
    private static final int[] ARRAY_CAPS = {64, 16, 4};

    private static final DateTimeFormatter TIME_DT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final ServiceContext context;
    /** {@code environment:<name>} label, built once. */
    private final String environmentLabel;
    /** Pre-rendered constant runs of fields per classification (bounded: classifications are constants per type). */
    private final ConcurrentHashMap<Classification, ClassFragments> byClassification = new ConcurrentHashMap<>();
    private static final int MAX_CLASSIFICATIONS = 1024;
    /** {@code profiles} and {@code labels} per principle, host profile and security-control profile. */
    private final Fragment[] profilesAndLabels = new Fragment[Principle.values().length * 4];
    private final Fragment device;
    private final Fragment cloud;
    private final Fragment service;
    private final int maxStringLength;
    private final int maxEventBytes;
    private final boolean scrub;
    private final PathRules rules;
    private final RedactionCounts counts;
    private final RedactionListener listener;

    /**
     * Creates a writer that scrubs secrets and has no byte limit per event.
     *
     * @param context         enrichment added to every event
     * @param maxStringLength longest string value written, in UTF-16 chars
     */
    public OcsfEventWriter(ServiceContext context, int maxStringLength) {
        this(context, maxStringLength, Integer.MAX_VALUE, true, PersonalDataPolicy.KEEP_ALL, new RedactionCounts(),
                RedactionListener.NONE);
    }

    /**
     * Creates a writer.
     *
     * @param context         enrichment added to every event
     * @param maxStringLength longest string value written, in UTF-16 chars
     * @param maxEventBytes   largest event written, in UTF-8 bytes
     * @param scrub           whether free text is scrubbed of secrets
     * @param policy          personal data rules
     * @param counts          where redactions are counted
     * @param listener        told about each redaction
     */
    public OcsfEventWriter(ServiceContext context, int maxStringLength, int maxEventBytes, boolean scrub,
            PersonalDataPolicy policy, RedactionCounts counts, RedactionListener listener) {
        this.context = context;
        this.maxStringLength = maxStringLength;
        this.maxEventBytes = maxEventBytes;
        this.scrub = scrub;
        this.rules = policy.keepsAll() ? null : new PathRules(policy);
        this.counts = counts;
        this.listener = listener;
        this.environmentLabel = context.environment() != null ? "environment:" + context.environment() : null;
        this.device = Fragment.render(context, this::writeDevice);
        this.cloud = Fragment.render(context, this::writeCloud);
        this.service = Fragment.render(context, out -> writeService(out, context));
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
        WriterState state = WriterState.acquire();
        try {
            render(state, emitted, 0).writeTo(out);
        } catch (IOException | RuntimeException | Error e) {
            state.discard();
            throw e;
        }
        state.release();
    }

    /**
     * Writes one event into a new array, leaving {@code reserve} bytes of the event limit free (for an integrity link
     * added afterwards).
     *
     * @param emitted the event and its envelope
     * @param reserve bytes to keep free below the event limit
     * @return the JSON bytes
     */
    public byte[] toBytes(EmittedEvent emitted, int reserve) {
        return toBytes(emitted, reserve, -1);
    }

    /**
     * Like {@link #toBytes(EmittedEvent, int)}, with one byte appended when {@code trailer} is 0-255 (a line feed for
     * NDJSON): one exact-size array, no second copy.
     *
     * @param emitted the event and its envelope
     * @param reserve bytes to keep free below the event limit
     * @param trailer the byte to append, or -1 for none
     * @return the JSON bytes, with the trailer if any
     */
    public byte[] toBytes(EmittedEvent emitted, int reserve, int trailer) {
        WriterState state = WriterState.acquire();
        byte[] bytes;
        try {
            bytes = render(state, emitted, reserve).toByteArray(trailer);
        } catch (RuntimeException | Error e) {
            state.discard();
            throw e;
        }
        state.release();
        return bytes;
    }

    private Utf8JsonWriter render(WriterState state, EmittedEvent emitted, int reserve) {
        long budget = Math.max(0L, (long) maxEventBytes - reserve);
        Utf8JsonWriter json = state.json;
        JsonOut pass = writeOnce(state, emitted, false, maxStringLength, Integer.MAX_VALUE, null);
        if (!pass.truncated() && json.size() <= budget) {
            commit(emitted, pass);
            return json;
        }
        writeOnce(state, emitted, true, Integer.MAX_VALUE, Integer.MAX_VALUE, null);
        long untruncated = json.size();
        int limit = maxStringLength;
        int cap = 0;
        int arrays = Integer.MAX_VALUE;
        while (true) {
            pass = writeOnce(state, emitted, false, limit, arrays, untruncated);
            if (json.size() <= budget) {
                commit(emitted, pass);
                return json;
            }
            if (limit > SMALLEST_STRING_LIMIT) {
                // shrink in proportion to the overshoot, at least by half, so few passes are needed
                long shrunk = (long) limit * budget / json.size();
                limit = (int) Math.max(SMALLEST_STRING_LIMIT, Math.min(limit / 2, shrunk));
            } else if (cap < ARRAY_CAPS.length) {
                arrays = ARRAY_CAPS[cap++];
            } else {
                throw new IllegalArgumentException("event " + emitted.envelope().uid() + " (" + emitted.event()
                        .eventCode() + ") cannot be written within " + budget + " bytes even with every string cut to "
                        + SMALLEST_STRING_LIMIT + " chars and every array to " + ARRAY_CAPS[ARRAY_CAPS.length - 1]
                        + " elements; raise maxEventBytes");
            }
        }
    }

    private void commit(EmittedEvent emitted, JsonOut pass) {
        List<SecretKind> kinds = pass.redactedKinds();
        if (kinds.isEmpty()) {
            return;
        }
        List<String> fields = pass.redactedFields();
        String code = emitted.event().eventCode();
        for (int i = 0; i < kinds.size(); i++) {
            counts.add(kinds.get(i), 1);
            try {
                listener.onSecretRedacted(kinds.get(i), fields.get(i), code);
            } catch (RuntimeException e) {
                // a failing listener must not lose the event
            }
        }
    }

    /** Writes the event once; with {@code measureOnly} only its size is kept ({@link Utf8JsonWriter#size()}). */
    private JsonOut writeOnce(WriterState state, EmittedEvent emitted, boolean measureOnly, int limit, int arrays,
            Long untruncatedSize) {
        JsonOut out = state.out;
        state.json.reset(measureOnly);
        out.reset(limit, arrays, context, scrub, rules);
        writeEvent(emitted, out, untruncatedSize);
        return out;
    }

    /** The constant runs of one classification: after {@code class_uid}, and after {@code metadata.uid}. */
    private static final class ClassFragments {
        final Fragment head;
        final Fragment metadata;

        ClassFragments(Fragment head, Fragment metadata) {
            this.head = head;
            this.metadata = metadata;
        }
    }

    private ClassFragments fragments(Classification c) {
        ClassFragments f = byClassification.get(c);
        if (f == null) {
            f = new ClassFragments(Fragment.render(context, out -> writeClassification(out, c)),
                    Fragment.render(context, out -> writeProduct(out, c)));
            if (byClassification.size() < MAX_CLASSIFICATIONS) {
                byClassification.putIfAbsent(c, f);
            }
        }
        return f;
    }

    /** The pre-rendered {@code profiles} and {@code labels} (rendered on first use). */
    private Fragment profilesAndLabels(Principle principle, boolean host, boolean securityControl) {
        int i = principle.ordinal() * 4 + (host ? 2 : 0) + (securityControl ? 1 : 0);
        Fragment f = profilesAndLabels[i];
        if (f == null) {
            f = Fragment.render(context, out -> writeProfilesAndLabels(out, principle, host, securityControl));
            profilesAndLabels[i] = f;
        }
        return f;
    }

    private void writeEvent(EmittedEvent emitted, JsonOut out, Long untruncatedSize) {
        SecurityEvent e = emitted.event();
        Envelope env = emitted.envelope();
        Classification c = e.classification();
        BodyWriter<SecurityEvent> body = BodyWriters.forEvent(e);
        Instant time = e.time() != null ? e.time() : env.time();
        ClassFragments fragments = fragments(c);

        String statusCaption = body.statusCaption(e);
        out.begin().num("class_uid", c.ocsfClass().uid());
        if (!out.fragment(fragments.head)) {
            writeClassification(out, c);
        }
        out.num("time", time.toEpochMilli()).timeDt("time_dt", time, OcsfEventWriter::formatTimeDt)
                .num("timezone_offset", 0)
                .num("severity_id", e.severity().id()).constant("severity", e.severity().caption())
                .num("status_id", e.outcome().id())
                .constant("status", statusCaption != null ? statusCaption : e.outcome().caption())
                .text("status_detail", e.statusDetail())
                .text("message", e.message());

        boolean hostDevice = !body.writesDevice() && context.hostname() != null;
        writeMetadata(out, e, env, c, fragments, hostDevice, body.usesSecurityControl(), untruncatedSize);
        if (hostDevice && !out.fragment(device)) {
            writeDevice(out);
        }
        if (context.cloudProvider() != null && !out.fragment(cloud)) {
            writeCloud(out);
        }
        Models.actor(out, e.actor());
        out.emittingService = service;
        body.write(e, out);
        writeUnmapped(out, e, env, emitted.mdc());
        out.end();
    }

    private static void writeClassification(JsonOut out, Classification c) {
        out.constant("class_name", c.ocsfClass().caption())
                .num("category_uid", c.ocsfClass().categoryUid())
                .constant("category_name", c.ocsfClass().categoryCaption())
                .num("activity_id", c.activityId()).constant("activity_name", c.activityName())
                .num("type_uid", c.typeUid()).constant("type_name", c.typeName());
    }

    private void writeProduct(JsonOut out, Classification c) {
        out.constant("event_code", c.eventCode())
                .begin("product").constant("name", context.serviceName())
                .constant("vendor_name", context.vendorName())
                .constant("version", context.serviceVersion()).end()
                .constant("log_provider", SdkInfo.LOG_PROVIDER);
    }

    private void writeDevice(JsonOut out) {
        out.begin("device").num("type_id", 0).constant("type", "Unknown").constant("hostname", context.hostname())
                .constant("uid", context.hostUid()).end();
    }

    private void writeCloud(JsonOut out) {
        out.begin("cloud").constant("provider", context.cloudProvider())
                .constant("region", context.cloudRegion()).end();
    }

    /** The emitting service as OCSF {@code service} (the default target of an authentication). */
    static void writeService(JsonOut out, ServiceContext context) {
        out.begin("service").constant("name", context.serviceName()).constant("version", context.serviceVersion())
                .end();
    }

    private void writeMetadata(JsonOut out, SecurityEvent e, Envelope env, Classification c,
            ClassFragments fragments, boolean host, boolean securityControl, Long untruncatedSize) {
        out.begin("metadata")
                .constant("version", OCSF_VERSION)
                .str("uid", env.uid());
        if (!out.fragment(fragments.metadata)) {
            writeProduct(out, c);
        }
        out.num("sequence", env.sequence())
                .begin("reporter").constant("name", context.serviceName()).repeated("uid", env.producerInstanceUid())
                .constant("hostname", context.hostname()).end()
                .constant("tenant_uid", context.tenant())
                .str("correlation_uid", e.correlationUid());
        Principle principle = e.principle();
        if (!out.fragment(profilesAndLabels(principle, host, securityControl))) {
            writeProfilesAndLabels(out, principle, host, securityControl);
        }
        if (untruncatedSize != null) {
            out.bool("is_truncated", Boolean.TRUE).num("untruncated_size", (int) Math.min(untruncatedSize, Integer.MAX_VALUE));
        }
        out.end();
    }

    private void writeProfilesAndLabels(JsonOut out, Principle principle, boolean host, boolean securityControl) {
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
        out.beginArray("labels").value(principle.label());
        if (environmentLabel != null) {
            out.value(environmentLabel);
        }
        out.endArray();
    }

    /** {@code time_dt} through {@link DateTimeFormatter}: the reference, used outside years 0000-9999. */
    static String formatTimeDt(Instant time) {
        return TIME_DT.format(time.truncatedTo(ChronoUnit.MICROS));
    }

    private static void writeUnmapped(JsonOut out, SecurityEvent e, Envelope env, Map<String, String> mdc) {
        Map<String, Object> unmapped = e.unmapped();
        if (unmapped.isEmpty() && env.traceId() == null && mdc.isEmpty()) {
            return;
        }
        out.begin("unmapped");
        out.dynamicNames(true);
        for (Map.Entry<String, Object> entry : unmapped.entrySet()) {
            out.scalar(entry.getKey(), entry.getValue());
        }
        out.dynamicNames(false);
        out.str("trace_id", env.traceId()).str("span_id", env.spanId());
        if (!mdc.isEmpty()) {
            // Diagnostic context chosen by an appender's allow-list: free text, so escaped, bounded and scrubbed.
            out.begin("mdc");
            out.dynamicNames(true);
            for (Map.Entry<String, String> entry : mdc.entrySet()) {
                out.text(entry.getKey(), entry.getValue());
            }
            out.dynamicNames(false);
            out.end();
        }
        out.end();
    }
}
