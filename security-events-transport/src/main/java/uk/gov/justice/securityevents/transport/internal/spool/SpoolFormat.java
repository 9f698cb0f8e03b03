package uk.gov.justice.securityevents.transport.internal.spool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The on-disk format of a spool directory (documented in {@code docs/reliability.md}). All integers are big-endian.
 *
 * <pre>
 * segment-&lt;20-digit id&gt;.spool
 *   header (32 bytes): magic "SE-SPOOL" | u16 format version (1) | u16 header length (32) | i64 segment id
 *                      | i64 created (epoch ms) | u32 CRC32C of the 28 bytes before it
 *   records:           u32 record magic 0x53455231 ("SER1") | u32 payload length | u32 CRC32C(length field + payload)
 *                      | payload ({@link RecordCodec})
 * spool.ack (28 bytes): magic "SEAK" | u16 version (1) | u16 0 | i64 segment id | i64 offset of the first record
 *                      not yet delivered in that segment (earlier segments are all delivered) | u32 CRC32C of the 24
 *                      bytes before it
 * spool.lock:          OS file lock; holds the owner's pid as text
 * </pre>
 */
public final class SpoolFormat {

    /** First 8 bytes of every segment file. */
    static final byte[] SEGMENT_MAGIC = "SE-SPOOL".getBytes(StandardCharsets.US_ASCII);
    /** Segment format version written and read by this code. */
    static final int FORMAT_VERSION = 1;
    /** Bytes of a segment header; records start here. */
    public static final int HEADER_BYTES = 32;
    /** First 4 bytes of every record: "SER1". The reader looks for it to resynchronise after damage. */
    static final int RECORD_MAGIC = 0x53455231;
    /** Bytes before a record's payload: magic, length, checksum. */
    public static final int RECORD_FRAME_BYTES = 12;
    /** Smallest possible payload (fixed fields and empty strings); a shorter length is damage. */
    static final int MIN_PAYLOAD_BYTES = 1 + 8 + 4 + 8 + 4 + 4 + 8 + 4 + 5 * 4 + 4;
    /** Magic of the acknowledgement file. */
    static final int ACK_MAGIC = 0x5345414b;
    /** Bytes of the acknowledgement file. */
    static final int ACK_BYTES = 28;

    /** Name of the lock file. */
    public static final String LOCK_FILE = "spool.lock";
    /** Name of the acknowledgement (replay position) file. */
    public static final String ACK_FILE = "spool.ack";
    private static final String SEGMENT_PREFIX = "segment-";
    private static final String SEGMENT_SUFFIX = ".spool";

    private SpoolFormat() {
    }

    /**
     * @param id segment id
     * @return its file name, e.g. {@code segment-00000000000000000042.spool} (sorts like the id)
     */
    public static String segmentFileName(long id) {
        return SEGMENT_PREFIX + String.format("%020d", id) + SEGMENT_SUFFIX;
    }

    /**
     * @param name a file name
     * @return the segment id, or -1 if the name is not a segment's
     */
    public static long segmentId(String name) {
        if (!name.startsWith(SEGMENT_PREFIX) || !name.endsWith(SEGMENT_SUFFIX)
                || name.length() != SEGMENT_PREFIX.length() + 20 + SEGMENT_SUFFIX.length()) {
            return -1;
        }
        String digits = name.substring(SEGMENT_PREFIX.length(), SEGMENT_PREFIX.length() + 20);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static ByteBuffer header(long id, long createdMillis) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
        b.put(SEGMENT_MAGIC).putShort((short) FORMAT_VERSION).putShort((short) HEADER_BYTES).putLong(id)
                .putLong(createdMillis);
        b.putInt((int) crc(b.array(), 0, HEADER_BYTES - 4));
        return b.flip();
    }

    /** Outcome of reading a header. */
    enum HeaderCheck { VALID, DAMAGED, UNSUPPORTED_VERSION }

    static HeaderCheck checkHeader(ByteBuffer b, long expectedId) {
        if (b.remaining() < HEADER_BYTES) {
            return HeaderCheck.DAMAGED;
        }
        byte[] h = new byte[HEADER_BYTES];
        b.get(h);
        for (int i = 0; i < SEGMENT_MAGIC.length; i++) {
            if (h[i] != SEGMENT_MAGIC[i]) {
                return HeaderCheck.DAMAGED;
            }
        }
        ByteBuffer w = ByteBuffer.wrap(h);
        if ((int) crc(h, 0, HEADER_BYTES - 4) != w.getInt(HEADER_BYTES - 4)) {
            return HeaderCheck.DAMAGED;
        }
        int version = Short.toUnsignedInt(w.getShort(8));
        if (version != FORMAT_VERSION || Short.toUnsignedInt(w.getShort(10)) != HEADER_BYTES) {
            return HeaderCheck.UNSUPPORTED_VERSION;
        }
        return w.getLong(12) == expectedId ? HeaderCheck.VALID : HeaderCheck.DAMAGED;
    }

    /**
     * Frames a payload as a record: magic, length, CRC32C over the length field and the payload.
     *
     * @param payload encoded event
     * @return the record bytes
     */
    static byte[] frame(byte[] payload) {
        byte[] rec = new byte[RECORD_FRAME_BYTES + payload.length];
        ByteBuffer b = ByteBuffer.wrap(rec);
        b.putInt(RECORD_MAGIC).putInt(payload.length);
        System.arraycopy(payload, 0, rec, RECORD_FRAME_BYTES, payload.length);
        b.putInt(8, (int) recordCrc(payload.length, payload));
        return rec;
    }

    static long recordCrc(int length, byte[] payload) {
        CRC32C c = new CRC32C();
        c.update(ByteBuffer.allocate(4).putInt(0, length));
        c.update(payload, 0, payload.length);
        return c.getValue();
    }

    static long crc(byte[] bytes, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(bytes, off, len);
        return c.getValue();
    }
}
