package uk.gov.justice.securityevents.benchmarks.support;

import java.io.ByteArrayOutputStream;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * Pre-serialised events for the delivery benchmark: {@code count} failed logins stamped by a real
 * {@link SecurityEvents} instance (so uid, time and sequence differ per line and gzip sees realistic data), written by
 * the canonical writer, as transport {@link OutboundEvent}s and as the same NDJSON bytes for the plain socket.
 */
public final class DeliveryPayload {
    private final OutboundEvent[] events;
    private final byte[][] ndjsonChunks;
    private final long ndjsonBytes;

    /**
     * @param count          events
     * @param eventsPerChunk events per NDJSON chunk (one socket write each), like a batch
     */
    public DeliveryPayload(int count, int eventsPerChunk) {
        SecurityEventWriter writer = SecurityEventWriter.create(Fixtures.context());
        SecurityEvents producer = SecurityEvents.builder().build();
        LoginFailure event = Fixtures.loginFailure();
        Classification c = event.classification();
        events = new OutboundEvent[count];
        ndjsonChunks = new byte[(count + eventsPerChunk - 1) / eventsPerChunk][];
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        long total = 0;
        for (int i = 0; i < count; i++) {
            EmittedEvent emitted = producer.stamp(event);
            byte[] json = writer.toBytes(emitted);
            events[i] = OutboundEvent.builder()
                    .json(json)
                    .uid(emitted.envelope().uid())
                    .time(emitted.envelope().time())
                    .sequence(emitted.envelope().sequence())
                    .classUid(c.ocsfClass().uid())
                    .activityId(c.activityId())
                    .typeUid(c.typeUid())
                    .severityId(event.severity().id())
                    .eventCode(event.eventCode())
                    .serviceName(Fixtures.SERVICE_NAME)
                    .hostname(Fixtures.HOSTNAME)
                    .build();
            chunk.write(json, 0, json.length);
            chunk.write('\n');
            total += json.length + 1;
            if ((i + 1) % eventsPerChunk == 0 || i == count - 1) {
                ndjsonChunks[i / eventsPerChunk] = chunk.toByteArray();
                chunk.reset();
            }
        }
        ndjsonBytes = total;
    }

    public OutboundEvent[] events() {
        return events;
    }

    public byte[][] ndjsonChunks() {
        return ndjsonChunks;
    }

    /** NDJSON bytes of all the events (JSON plus one line feed each): the payload delivered per invocation. */
    public long ndjsonBytes() {
        return ndjsonBytes;
    }
}
