package uk.gov.justice.securityevents.internal.ocsf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Writes JSON tokens as UTF-8 straight into a byte array reused from event to event (held per thread by
 * {@link WriterState}), so the steady state allocates nothing. It does no bookkeeping beyond whether a comma is due:
 * {@link JsonOut} opens and closes containers in order. Strings are escaped by {@link JsonEscapes}.
 *
 * <p>The array shrinks back after an unusually large event, so one huge event does not pin memory for the thread's
 * lifetime. In {@linkplain #reset(boolean) measuring} mode full arrays are counted and dropped instead of grown, so
 * measuring a huge event needs no more than a few kilobytes.
 */
final class Utf8JsonWriter {
    private static final int INITIAL_CAPACITY = 2048;
    private static final int RETAINED_CAPACITY = 64 * 1024;
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;
    /** Chars escaped per check for room, so measuring never needs more than a few kilobytes: {@value}. */
    static final int CHUNK = 1024;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] DIGIT_PAIRS = new byte[200];
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private byte[] buf = new byte[INITIAL_CAPACITY];
    /** Where a chunk of a string is copied to be scanned: faster than reading the string char by char. */
    private final char[] chars = new char[CHUNK];
    private int pos;
    private boolean comma;
    private boolean measuring;
    /** Bytes counted and dropped in measuring mode. */
    private long dropped;

    /**
     * Starts a new document.
     *
     * @param measureOnly whether only {@link #size()} is wanted: the bytes are counted, not kept
     */
    void reset(boolean measureOnly) {
        if (buf.length > RETAINED_CAPACITY) {
            buf = new byte[INITIAL_CAPACITY];
        }
        pos = 0;
        comma = false;
        measuring = measureOnly;
        dropped = 0;
    }

    /** Bytes written since {@link #reset}. */
    long size() {
        return dropped + pos;
    }

    /** Bytes written from {@code from} on (not when measuring). */
    byte[] copy(int from) {
        return Arrays.copyOfRange(buf, from, pos);
    }

    /** The bytes plus {@code trailer} when it is 0-255, in one exact-size array. */
    byte[] toByteArray(int trailer) {
        if (trailer < 0) {
            return Arrays.copyOf(buf, pos);
        }
        byte[] copy = Arrays.copyOf(buf, pos + 1);
        copy[pos] = (byte) trailer;
        return copy;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
    }

    private void ensure(int bytes) {
        if (bytes > buf.length - pos) {
            makeRoom(bytes);
        }
    }

    private void makeRoom(int bytes) {
        if (measuring) {
            dropped += pos;
            pos = 0;
            if (bytes <= buf.length) {
                return;
            }
        }
        long needed = (long) pos + bytes;
        if (needed > MAX_CAPACITY) {
            throw new OutOfMemoryError("JSON event larger than " + MAX_CAPACITY + " bytes");
        }
        buf = Arrays.copyOf(buf, (int) Math.min(MAX_CAPACITY, Math.max(2L * buf.length, needed)));
    }

    /** Writes a comma if one is due, and room for {@code bytes} more; returns the position to write at. */
    private int next(int bytes) {
        ensure(bytes + 1);
        int p = pos;
        if (comma) {
            buf[p++] = ',';
        }
        return p;
    }

    void beginObject() {
        open('{');
    }

    void beginArray() {
        open('[');
    }

    private void open(char bracket) {
        int p = next(1);
        buf[p] = (byte) bracket;
        pos = p + 1;
        comma = false;
    }

    void endObject() {
        close('}');
    }

    void endArray() {
        close(']');
    }

    private void close(char bracket) {
        ensure(1);
        buf[pos++] = (byte) bracket;
        comma = true;
    }

    /** Writes a field name pre-encoded as {@code "name":}. */
    void name(byte[] encoded) {
        int p = next(encoded.length);
        System.arraycopy(encoded, 0, buf, p, encoded.length);
        pos = p + encoded.length;
        comma = false;
    }

    /** Writes a field name chosen at run time, escaped and uncut (lone surrogates as escapes, as Jackson did). */
    void name(String name) {
        pos = next(1);
        buf[pos++] = '"';
        chars(name, name.length(), false);
        ensure(2);
        buf[pos++] = '"';
        buf[pos++] = ':';
        comma = false;
    }

    /** Writes the first {@code length} bytes of {@code encoded}: a value pre-encoded with its quotes. */
    void encoded(byte[] encoded, int length) {
        int p = next(length);
        System.arraycopy(encoded, 0, buf, p, length);
        pos = p + length;
        comma = true;
    }

    /** Like {@link #name(byte[])} then {@link #encoded(byte[], int)}, in one go. */
    void encoded(byte[] name, byte[] encoded, int length) {
        int n = name.length;
        int p = next(n + length);
        byte[] b = buf;
        System.arraycopy(name, 0, b, p, n);
        System.arraycopy(encoded, 0, b, p + n, length);
        pos = p + n + length;
        comma = true;
    }

    /** Writes bytes that bring their own leading comma (a pre-rendered {@link Fragment}). */
    void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
        comma = true;
    }

    /** Writes {@code chars[0, length)}, plain ASCII such as a formatted time, as a string. */
    void ascii(char[] chars, int length) {
        int p = next(length + 2);
        byte[] b = buf;
        b[p++] = '"';
        for (int i = 0; i < length; i++) {
            b[p++] = (byte) chars[i];
        }
        b[p++] = '"';
        pos = p;
        comma = true;
    }

    /** Writes {@code value[0, length)} as a string, each lone surrogate as U+FFFD. */
    void string(String value, int length) {
        if (isPlain(value, length)) {
            plainString(next(length + 2), value, length);
        } else {
            escapedString(value, length);
        }
    }

    /** Like {@link #name(byte[])} then {@link #string(String, int)}, in one go. */
    void string(byte[] name, String value, int length) {
        if (isPlain(value, length)) {
            int n = name.length;
            int p = next(n + length + 2);
            System.arraycopy(name, 0, buf, p, n);
            plainString(p + n, value, length);
        } else {
            name(name);
            escapedString(value, length);
        }
    }

    /** Writes {@code "value[0, length)"} at {@code p}, reserved by the caller, for a value {@link #isPlain}. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): an array copy, exact for ASCII
    private void plainString(int p, String value, int length) {
        byte[] b = buf;
        b[p] = '"';
        value.getBytes(0, length, b, p + 1);
        b[p + length + 1] = '"';
        pos = p + length + 2;
        comma = true;
    }

    /**
     * Whether {@code value[0, length)} is short printable ASCII, the common case (ids, names, addresses), whose JSON
     * is its bytes. Read char by char: for the short strings of an event, faster than copying them out first.
     */
    private static boolean isPlain(String value, int length) {
        if (length > CHUNK) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!JsonEscapes.plain(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void escapedString(String value, int length) {
        pos = next(1);
        buf[pos++] = '"';
        chars(value, length, true);
        ensure(1);
        buf[pos++] = '"';
        comma = true;
    }

    /**
     * Writes {@code s[0, length)} escaped, a chunk at a time. With {@code repair}, a surrogate that is not half of a
     * pair is written as U+FFFD (a pair's halves are escaped one by one).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): an array copy, exact for ASCII
    private void chars(String s, int length, boolean repair) {
        char[] c = chars;
        int from = 0;
        while (from < length) {
            int n = Math.min(length - from, CHUNK);
            s.getChars(from, from + n, c, 0);
            // room for one more char: the second half of a pair that straddles the chunk's end
            ensure((n + 1) * JsonEscapes.MAX_BYTES_PER_CHAR);
            byte[] b = buf;
            int p = pos;
            int k = 0;
            while (k < n && JsonEscapes.plain(c[k])) {
                k++;
            }
            s.getBytes(from, from + k, b, p);
            p += k;
            for (; k < n; k++) {
                char ch = c[k];
                if (JsonEscapes.plain(ch)) {
                    b[p++] = (byte) ch;
                    continue;
                }
                if (repair && Character.isSurrogate(ch)) {
                    int next = from + k + 1;
                    if (Character.isHighSurrogate(ch) && next < length && Character.isLowSurrogate(s.charAt(next))) {
                        p = JsonEscapes.escape(ch, b, p);
                        ch = s.charAt(next);
                        k++;
                    } else {
                        ch = '\uFFFD';
                    }
                }
                p = JsonEscapes.escape(ch, b, p);
            }
            pos = p;
            from += k;
        }
    }

    void bool(boolean value) {
        byte[] literal = value ? TRUE : FALSE;
        int p = next(literal.length);
        System.arraycopy(literal, 0, buf, p, literal.length);
        pos = p + literal.length;
        comma = true;
    }

    /** Writes a decimal integer, as Jackson did ({@code Long.toString} without the string). */
    void number(long value) {
        int p = next(20);
        pos = decimal(value, buf, p);
        comma = true;
    }

    /** Like {@link #name(byte[])} then {@link #number(long)}, in one go. */
    void number(byte[] name, long value) {
        int n = name.length;
        int p = next(n + 20);
        System.arraycopy(name, 0, buf, p, n);
        pos = decimal(value, buf, p + n);
        comma = true;
    }

    private static int decimal(long value, byte[] b, int p) {
        if (value >= 0) {
            return digits(value, b, p);
        }
        b[p] = '-';
        if (value == Long.MIN_VALUE) {
            // its magnitude does not fit a long: all but the last digit, then that
            int end = digits(922_337_203_685_477_580L, b, p + 1);
            b[end] = '8';
            return end + 1;
        }
        return digits(-value, b, p + 1);
    }

    /** Writes {@code v} (non-negative) at {@code b[p]}; returns the position after it. */
    private static int digits(long v, byte[] b, int p) {
        int end = p + length(v);
        int at = end;
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            int pair = (int) (v - q * 100);
            v = q;
            at -= 2;
            b[at] = DIGIT_PAIRS[2 * pair];
            b[at + 1] = DIGIT_PAIRS[2 * pair + 1];
        }
        // the rest in int arithmetic, cheaper
        int u = (int) v;
        while (u >= 100) {
            int q = u / 100;
            int pair = u - q * 100;
            u = q;
            at -= 2;
            b[at] = DIGIT_PAIRS[2 * pair];
            b[at + 1] = DIGIT_PAIRS[2 * pair + 1];
        }
        if (u >= 10) {
            b[at - 2] = DIGIT_PAIRS[2 * u];
            b[at - 1] = DIGIT_PAIRS[2 * u + 1];
        } else {
            b[at - 1] = (byte) ('0' + u);
        }
        return end;
    }

    /** Decimal digits of {@code v} (non-negative). */
    private static int length(long v) {
        // about log10 from the bit length (1233 / 4096 ~ log10(2)), then one comparison makes it exact; v | 1 so
        // that 0 has one digit (it changes no other count: 10^n is even)
        long w = v | 1;
        int n = ((64 - Long.numberOfLeadingZeros(w)) * 1233) >>> 12;
        return w >= POWERS_OF_TEN[n] ? n + 1 : n;
    }
}
