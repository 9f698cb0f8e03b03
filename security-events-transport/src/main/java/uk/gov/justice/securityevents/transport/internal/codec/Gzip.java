package uk.gov.justice.securityevents.transport.internal.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** In-memory gzip; batches are bounded (1 MiB by default), so a byte array is the simplest correct choice. */
public final class Gzip {

    private Gzip() {
    }

    /**
     * @param data bytes
     * @return gzip-compressed bytes
     */
    public static byte[] compress(byte[] data) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(bos, 8192)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip to memory failed", e);
        }
        return bos.toByteArray();
    }
}
