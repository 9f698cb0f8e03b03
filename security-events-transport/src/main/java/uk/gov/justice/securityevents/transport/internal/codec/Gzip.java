package uk.gov.justice.securityevents.transport.internal.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * In-memory gzip; batches are bounded (1 MiB by default), so a byte array is the simplest correct choice. Compresses
 * at level 1 ({@link Deflater#BEST_SPEED}): on a small host, compression competes with TLS and the application for
 * the same cores, and level 1 keeps most of the ratio on NDJSON at a fraction of the CPU of the default level 6.
 */
public final class Gzip {
    /** Deflate level used: {@value}. */
    public static final int LEVEL = Deflater.BEST_SPEED;
    private static final int CHUNK = 8192;

    private Gzip() {
    }

    /**
     * @param data bytes
     * @return gzip-compressed bytes
     */
    public static byte[] compress(byte[] data) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream gz = open(bos)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip to memory failed", e);
        }
        return bos.toByteArray();
    }

    /**
     * Compresses the NDJSON encoding of a batch ({@link Ndjson#encode}) without building it first: each event is
     * streamed into the compressor through one small buffer, so a batch costs no uncompressed copy.
     *
     * @param batch events
     * @return gzip-compressed NDJSON
     */
    public static byte[] compressNdjson(List<OutboundEvent> batch) {
        long size = Ndjson.size(batch);
        ByteArrayOutputStream bos = new ByteArrayOutputStream((int) Math.max(64, Math.min(size / 4, 1 << 20)));
        byte[] chunk = new byte[CHUNK];
        int n = 0;
        try (GZIPOutputStream gz = open(bos)) {
            for (OutboundEvent e : batch) {
                ByteBuffer json = e.jsonView();
                while (json.hasRemaining()) {
                    if (n == CHUNK) {
                        gz.write(chunk, 0, n);
                        n = 0;
                    }
                    int k = Math.min(json.remaining(), CHUNK - n);
                    json.get(chunk, n, k);
                    n += k;
                }
                if (n == CHUNK) {
                    gz.write(chunk, 0, n);
                    n = 0;
                }
                chunk[n++] = '\n';
            }
            gz.write(chunk, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip to memory failed", e);
        }
        return bos.toByteArray();
    }

    private static GZIPOutputStream open(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, CHUNK) {
            {
                def.setLevel(LEVEL);
            }
        };
    }
}
