package uk.gov.justice.securityevents.internal.ocsf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A per-thread byte buffer (held by {@link WriterState}) the writer serialises into, so the steady state allocates no buffers. It shrinks back
 * after an unusually large event so one huge event does not pin memory for the thread's lifetime.
 */
final class ReusableBuffer extends OutputStream {
    private static final int INITIAL_CAPACITY = 2048;
    private static final int RETAINED_CAPACITY = 64 * 1024;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;

    void reset() {
        if (bytes.length > RETAINED_CAPACITY) {
            bytes = new byte[INITIAL_CAPACITY];
        }
        size = 0;
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The bytes plus {@code trailer} when it is 0-255, in one exact-size array. */
    byte[] toByteArray(int trailer) {
        if (trailer < 0) {
            return Arrays.copyOf(bytes, size);
        }
        byte[] copy = Arrays.copyOf(bytes, size + 1);
        copy[size] = (byte) trailer;
        return copy;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }
}
