package uk.gov.justice.securityevents.internal;

/** String helpers shared by the writer and the human log message. Not part of the public API. */
public final class Text {
    private Text() {
    }

    /**
     * A short single-line rendering for log messages and exception texts: control characters (CR, LF, NEL, U+2028/9,
     * bidi controls) become {@code _} and the result is cut to {@code max} characters, so attacker-controlled input
     * cannot forge log lines.
     */
    public static String forMessage(String value, int max) {
        if (value == null) {
            return "-";
        }
        int len = Math.min(value.length(), max);
        StringBuilder sb = new StringBuilder(len + 1);
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            sb.append(isUnsafeInLine(c) || Character.isSurrogate(c) ? '_' : c);
        }
        if (value.length() > max) {
            sb.append('…');
        }
        return sb.toString();
    }

    /**
     * Appends what {@link #forMessage(String, int)} returns, without building it as a string first.
     *
     * @param sb    where to append
     * @param value the text, or null for {@code -}
     * @param max   most characters kept
     * @return {@code sb}
     */
    public static StringBuilder appendForMessage(StringBuilder sb, String value, int max) {
        if (value == null) {
            return sb.append('-');
        }
        int len = Math.min(value.length(), max);
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            sb.append(isUnsafeInLine(c) || Character.isSurrogate(c) ? '_' : c);
        }
        if (value.length() > max) {
            sb.append('…');
        }
        return sb;
    }

    /** Characters that could break a log line or reorder how it displays. */
    public static boolean isUnsafeInLine(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF;
    }
}
