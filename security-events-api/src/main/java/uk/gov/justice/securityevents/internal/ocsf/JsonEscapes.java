package uk.gov.justice.securityevents.internal.ocsf;

import java.nio.charset.StandardCharsets;

/**
 * How each UTF-16 unit of a string is written in the canonical JSON: the bytes Jackson 2.21's UTF-8 generator gave
 * with the SDK's former escapes, which published events, golden files and hash chains depend on. {@code "} and
 * {@code \} and {@code \b \f \n \r \t} as two-char escapes; the other C0 controls and DEL as
 * <code>&#92;u00XX</code> (upper-case hex); C1 controls, U+2028/2029 (line breaks to JavaScript and some log viewers),
 * the bidi controls U+200E/F, U+202A-202E, U+2066-2069 (Trojan-source style display tricks) and the BOM as
 * <code>&#92;u00xx</code> (lower-case hex); each surrogate as <code>&#92;uXXXX</code> (upper-case, the two halves of a
 * pair separately); every other char as UTF-8. {@code /} is not escaped. So no consumer can be made to see a line
 * break or reordered text inside a field.
 */
final class JsonEscapes {
    /** Most bytes one UTF-16 unit is written as (<code>&#92;uXXXX</code>): {@value}. */
    static final int MAX_BYTES_PER_CHAR = 6;

    /**
     * Per ASCII char: 0 when written as is, the second char of its two-char escape, or -1 for <code>&#92;u00XX</code>.
     */
    private static final byte[] ASCII = new byte[128];
    private static final byte[] UPPER_HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOWER_HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int c = 0; c < 0x20; c++) {
            ASCII[c] = -1;
        }
        ASCII[0x7F] = -1;
        ASCII['"'] = '"';
        ASCII['\\'] = '\\';
        ASCII['\b'] = 'b';
        ASCII['\f'] = 'f';
        ASCII['\n'] = 'n';
        ASCII['\r'] = 'r';
        ASCII['\t'] = 't';
    }

    private JsonEscapes() {
    }

    /** Whether {@code c} is written as its own single byte. */
    static boolean plain(char c) {
        return c < 0x80 && ASCII[c] == 0;
    }

    /**
     * Writes {@code c}, which is not {@link #plain}, at {@code b[p]} (room for {@link #MAX_BYTES_PER_CHAR} bytes).
     *
     * @return the position after it
     */
    static int escape(char c, byte[] b, int p) {
        if (c < 0x80) {
            int e = ASCII[c];
            if (e > 0) {
                b[p] = '\\';
                b[p + 1] = (byte) e;
                return p + 2;
            }
            return unicode(c, UPPER_HEX, b, p);
        }
        if (c <= 0x9F || isFormatting(c)) {
            return unicode(c, LOWER_HEX, b, p);
        }
        if (c < 0x800) {
            b[p] = (byte) (0xC0 | (c >> 6));
            b[p + 1] = (byte) (0x80 | (c & 0x3F));
            return p + 2;
        }
        if (Character.isSurrogate(c)) {
            return unicode(c, UPPER_HEX, b, p);
        }
        b[p] = (byte) (0xE0 | (c >> 12));
        b[p + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p + 2] = (byte) (0x80 | (c & 0x3F));
        return p + 3;
    }

    /** Line and paragraph separators, bidi controls and the BOM. */
    private static boolean isFormatting(char c) {
        return c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF;
    }

    private static int unicode(char c, byte[] hex, byte[] b, int p) {
        b[p] = '\\';
        b[p + 1] = 'u';
        b[p + 2] = hex[c >> 12];
        b[p + 3] = hex[(c >> 8) & 0xF];
        b[p + 4] = hex[(c >> 4) & 0xF];
        b[p + 5] = hex[c & 0xF];
        return p + 6;
    }
}
