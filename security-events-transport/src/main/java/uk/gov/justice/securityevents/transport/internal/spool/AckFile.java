package uk.gov.justice.securityevents.transport.internal.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The durable replay position: every record before (segment id, offset) has been delivered (or dropped). Rewritten
 * in place after each acknowledged batch; 28 bytes with a CRC32C, so a torn write is detected and ignored, which
 * only means that the head segment is replayed from its start (duplicates, never loss).
 */
final class AckFile implements AutoCloseable {

    /** A position. */
    record Position(long segmentId, long offset) {
    }

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(SpoolFormat.ACK_BYTES);

    private AckFile(FileChannel channel) {
        this.channel = channel;
    }

    static AckFile open(Path dir) throws IOException {
        return new AckFile(FileChannel.open(dir.resolve(SpoolFormat.ACK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** @return the stored position, or {@code null} if there is none or it is damaged */
    Position read() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(SpoolFormat.ACK_BYTES);
        long p = 0;
        while (b.hasRemaining()) {
            int n = channel.read(b, p);
            if (n < 0) {
                return null;
            }
            p += n;
        }
        byte[] a = b.array();
        ByteBuffer w = ByteBuffer.wrap(a);
        if (w.getInt(0) != SpoolFormat.ACK_MAGIC || Short.toUnsignedInt(w.getShort(4)) != 1
                || (int) SpoolFormat.crc(a, 0, SpoolFormat.ACK_BYTES - 4) != w.getInt(SpoolFormat.ACK_BYTES - 4)) {
            return null;
        }
        long id = w.getLong(8);
        long offset = w.getLong(16);
        return id < 0 || offset < 0 ? null : new Position(id, offset);
    }

    void write(long segmentId, long offset) throws IOException {
        buffer.clear();
        buffer.putInt(SpoolFormat.ACK_MAGIC).putShort((short) 1).putShort((short) 0).putLong(segmentId)
                .putLong(offset);
        buffer.putInt((int) SpoolFormat.crc(buffer.array(), 0, SpoolFormat.ACK_BYTES - 4));
        buffer.flip();
        long p = 0;
        while (buffer.hasRemaining()) {
            p += channel.write(buffer, p);
        }
    }

    void force() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
