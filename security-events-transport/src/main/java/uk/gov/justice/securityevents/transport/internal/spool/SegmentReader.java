package uk.gov.justice.securityevents.transport.internal.spool;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads the records of one segment file up to a known end, verifying each one's frame and CRC32C. A damaged
 * record (bad magic, impossible length, checksum mismatch) is skipped and the reader <em>resynchronises</em>: it
 * scans forward for the next record magic whose record verifies, so one damaged region costs only the records in
 * it. A write torn by a crash is always at the end of a segment, so there the rest of the segment is skipped.
 */
final class SegmentReader {

    /** A verified record. */
    record Record(long offset, long next, byte[] payload) {
    }

    private static final int SCAN_CHUNK = 64 * 1024;

    private final FileChannel channel;
    private final long end;
    private final ByteBuffer frame = ByteBuffer.allocate(SpoolFormat.RECORD_FRAME_BYTES);
    private int damagedRegions;

    SegmentReader(FileChannel channel, long end) {
        this.channel = channel;
        this.end = end;
    }

    /** @return damaged regions skipped so far (each counted once, however many records it held) */
    int damagedRegions() {
        return damagedRegions;
    }

    /**
     * @param pos offset to read from
     * @return the record at {@code pos}, else the first verified record after the damage there, else {@code null}
     *     (nothing readable before the end)
     * @throws IOException if the file cannot be read
     */
    Record next(long pos) throws IOException {
        if (pos >= end) {
            return null;
        }
        Record r = tryRead(pos);
        if (r != null) {
            return r;
        }
        damagedRegions++;
        long p = pos + 1;
        while (p + SpoolFormat.RECORD_FRAME_BYTES <= end) {
            long m = findMagic(p);
            if (m < 0) {
                return null;
            }
            r = tryRead(m);
            if (r != null) {
                return r;
            }
            p = m + 1;
        }
        return null;
    }

    private Record tryRead(long pos) throws IOException {
        if (pos + SpoolFormat.RECORD_FRAME_BYTES > end) {
            return null;
        }
        frame.clear();
        readFully(frame, pos);
        frame.flip();
        if (frame.getInt() != SpoolFormat.RECORD_MAGIC) {
            return null;
        }
        int length = frame.getInt();
        int crc = frame.getInt();
        long payloadAt = pos + SpoolFormat.RECORD_FRAME_BYTES;
        if (length < SpoolFormat.MIN_PAYLOAD_BYTES || payloadAt + length > end) {
            return null;
        }
        byte[] payload = new byte[length];
        readFully(ByteBuffer.wrap(payload), payloadAt);
        if ((int) SpoolFormat.recordCrc(length, payload) != crc) {
            return null;
        }
        return new Record(pos, payloadAt + length, payload);
    }

    /** @return offset of the next record magic at or after {@code from}, or -1 */
    private long findMagic(long from) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(SCAN_CHUNK);
        long base = from;
        while (base + 4 <= end) {
            chunk.clear();
            int want = (int) Math.min(SCAN_CHUNK, end - base);
            chunk.limit(want);
            readFully(chunk, base);
            byte[] a = chunk.array();
            for (int i = 0; i + 4 <= want; i++) {
                if (((a[i] & 0xff) << 24 | (a[i + 1] & 0xff) << 16 | (a[i + 2] & 0xff) << 8 | (a[i + 3] & 0xff))
                        == SpoolFormat.RECORD_MAGIC) {
                    return base + i;
                }
            }
            if (want < SCAN_CHUNK) {
                return -1;
            }
            base += want - 3; // the magic may straddle two chunks
        }
        return -1;
    }

    private void readFully(ByteBuffer b, long pos) throws IOException {
        long p = pos;
        while (b.hasRemaining()) {
            int n = channel.read(b, p);
            if (n < 0) {
                throw new EOFException("segment ends before its recorded end " + end);
            }
            p += n;
        }
    }
}
