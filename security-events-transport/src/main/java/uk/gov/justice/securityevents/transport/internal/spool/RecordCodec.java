package uk.gov.justice.securityevents.transport.internal.spool;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * Encodes an {@link OutboundEvent} as a record payload and back, byte for byte: the JSON is stored unchanged, so a
 * replayed event is identical to the original (same {@code metadata.uid}, same bytes on the wire).
 *
 * <pre>
 * u8 payload version (1) | i64 time epoch seconds | i32 time nanos | i64 sequence | i32 class_uid | i32 activity_id
 * | i64 type_uid | i32 severity_id | str uid | str event code | str tenant | str service name | str hostname
 * | i32 JSON length | JSON bytes
 * str = i32 byte length (-1 for null) + UTF-8 bytes
 * </pre>
 */
public final class RecordCodec {

    /** Payload version written by this code. */
    static final int PAYLOAD_VERSION = 1;

    private RecordCodec() {
    }

    /**
     * @param e an event
     * @return the framed record (see {@link SpoolFormat})
     */
    public static byte[] encode(OutboundEvent e) {
        byte[] uid = utf8(e.uid());
        byte[] code = utf8(e.eventCode());
        byte[] tenant = utf8(e.tenant());
        byte[] service = utf8(e.serviceName());
        byte[] host = utf8(e.hostname());
        int size = SpoolFormat.MIN_PAYLOAD_BYTES + len(uid) + len(code) + len(tenant) + len(service) + len(host)
                + e.jsonLength();
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put((byte) PAYLOAD_VERSION)
                .putLong(e.time().getEpochSecond()).putInt(e.time().getNano())
                .putLong(e.sequence())
                .putInt(e.classUid()).putInt(e.activityId()).putLong(e.typeUid()).putInt(e.severityId());
        put(b, uid);
        put(b, code);
        put(b, tenant);
        put(b, service);
        put(b, host);
        b.putInt(e.jsonLength());
        b.put(e.jsonView());
        return SpoolFormat.frame(b.array());
    }

    /**
     * @param payload a record's payload (checksum already verified)
     * @return the event
     * @throws IllegalArgumentException if the payload does not decode to a valid event
     */
    public static OutboundEvent decode(byte[] payload) {
        try {
            ByteBuffer b = ByteBuffer.wrap(payload);
            int version = Byte.toUnsignedInt(b.get());
            if (version != PAYLOAD_VERSION) {
                throw new IllegalArgumentException("unsupported record payload version " + version);
            }
            Instant time = Instant.ofEpochSecond(b.getLong(), b.getInt());
            long sequence = b.getLong();
            int classUid = b.getInt();
            int activityId = b.getInt();
            long typeUid = b.getLong();
            int severityId = b.getInt();
            String uid = str(b);
            String code = str(b);
            String tenant = str(b);
            String service = str(b);
            String host = str(b);
            int jsonLength = b.getInt();
            if (jsonLength < 0 || jsonLength != b.remaining()) {
                throw new IllegalArgumentException("record JSON length " + jsonLength + " does not match the payload");
            }
            byte[] json = new byte[jsonLength];
            b.get(json);
            return OutboundEvent.builder().json(json).uid(uid).time(time).sequence(sequence).classUid(classUid)
                    .activityId(activityId).typeUid(typeUid).severityId(severityId).eventCode(code).tenant(tenant)
                    .serviceName(service).hostname(host).build();
        } catch (BufferUnderflowException | DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("record payload does not decode: " + e, e);
        }
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int len(byte[] b) {
        return b == null ? 0 : b.length;
    }

    private static void put(ByteBuffer b, byte[] s) {
        if (s == null) {
            b.putInt(-1);
        } else {
            b.putInt(s.length).put(s);
        }
    }

    private static String str(ByteBuffer b) {
        int n = b.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > b.remaining()) {
            throw new IllegalArgumentException("record string length " + n + " out of range");
        }
        byte[] s = new byte[n];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
