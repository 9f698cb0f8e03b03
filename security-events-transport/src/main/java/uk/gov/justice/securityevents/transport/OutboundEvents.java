package uk.gov.justice.securityevents.transport;

import java.util.Objects;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;

/**
 * Turns an {@link EmittedEvent} and its canonical JSON into the {@link OutboundEvent} the pipeline takes, filling the
 * routing fields from the event, its envelope and the enrichment, so no destination parses the JSON again.
 *
 * <pre>{@code
 * byte[] json = writer.toBytes(emitted);
 * pipeline.offer(OutboundEvents.from(emitted, json, writer.context()));
 * }</pre>
 */
public final class OutboundEvents {

    private OutboundEvents() {
    }

    /**
     * Routing fields from the event and envelope only (no tenant, service or host).
     *
     * @param emitted the event with its envelope
     * @param json    its canonical JSON, as written by {@link SecurityEventWriter}
     * @return the outbound event
     */
    public static OutboundEvent from(EmittedEvent emitted, byte[] json) {
        return from(emitted, json, null);
    }

    /**
     * Routing fields: {@code uid}, {@code sequence} from the envelope; {@code time} the event's own time or else the
     * envelope's; class, activity, type, severity and event code from the event's classification; tenant, service
     * name and host name from {@code context} (the enrichment the writer added).
     *
     * @param emitted the event with its envelope
     * @param json    its canonical JSON, as written by {@link SecurityEventWriter} with {@code context}
     * @param context the writer's enrichment, or null
     * @return the outbound event
     */
    public static OutboundEvent from(EmittedEvent emitted, byte[] json, ServiceContext context) {
        return routed(emitted, OutboundEvent.builder().json(json), context);
    }

    private static OutboundEvent routed(EmittedEvent emitted, OutboundEvent.Builder b, ServiceContext context) {
        Objects.requireNonNull(emitted, "emitted");
        SecurityEvent e = emitted.event();
        Classification c = e.classification();
        b.uid(emitted.envelope().uid())
                .time(e.time() != null ? e.time() : emitted.envelope().time())
                .sequence(emitted.envelope().sequence())
                .classUid(c.ocsfClass().uid())
                .activityId(c.activityId())
                .typeUid(c.typeUid())
                .severityId(e.severity().id())
                .eventCode(c.eventCode());
        if (context != null) {
            b.tenant(context.tenant()).serviceName(context.serviceName()).hostname(context.hostname());
        }
        return b.build();
    }

    /**
     * Serialises the event with {@code writer} and fills the routing fields from the writer's enrichment.
     *
     * @param emitted the event with its envelope
     * @param writer  the canonical writer
     * @return the outbound event
     * @throws IllegalArgumentException when the writer cannot fit the event within its byte limit
     */
    public static OutboundEvent serialise(EmittedEvent emitted, SecurityEventWriter writer) {
        // The writer's array is new and canonical: hand it over without a second copy and byte scan (hot path).
        return routed(emitted, OutboundEvent.builder().canonicalJson(writer.toBytes(emitted)), writer.context());
    }
}
