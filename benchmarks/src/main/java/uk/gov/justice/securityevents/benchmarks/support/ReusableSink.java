package uk.gov.justice.securityevents.benchmarks.support;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte sink that is reset and reused between operations (unlike {@link java.io.ByteArrayOutputStream},
 * its methods take no lock).
 */
public final class ReusableSink extends OutputStream {
    private byte[] buf;
    private int count;

    public ReusableSink(int initialCapacity) {
        buf = new byte[initialCapacity];
    }

    @Override
    public void write(int b) {
        ensure(count + 1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void ensure(int capacity) {
        if (capacity > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(capacity, buf.length * 2));
        }
    }

    /** Forgets the content, keeps the array. */
    public void reset() {
        count = 0;
    }

    public int size() {
        return count;
    }

    /** The backing array (valid up to {@link #size()}). */
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }
}
