package uk.gov.justice.securityevents.transport.internal.common;

import java.nio.charset.StandardCharsets;

/**
 * Makes untrusted text (a server's response body, an exception message) fit for a one-line local warning:
 * bounded in length, control characters replaced, and a known secret masked should a server echo it back.
 */
public final class SafeText {

    /** Longest excerpt of a peer's answer kept in a failure reason. */
    public static final int MAX_EXCERPT_CHARS = 200;

    private SafeText() {
    }

    /**
     * @param bytes  raw bytes (decoded as UTF-8, malformed input replaced)
     * @param secret a value to mask, or {@code null}
     * @return a bounded single-line excerpt
     */
    public static String excerpt(byte[] bytes, String secret) {
        return excerpt(new String(bytes, StandardCharsets.UTF_8), secret);
    }

    /**
     * @param text   raw text, may be {@code null}
     * @param secret a value to mask, or {@code null}
     * @return a bounded single-line excerpt
     */
    public static String excerpt(String text, String secret) {
        if (text == null) {
            return "";
        }
        String s = text;
        if (secret != null && !secret.isEmpty()) {
            s = s.replace(secret, "***");
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_EXCERPT_CHARS + 3));
        for (int i = 0; i < s.length() && out.length() < MAX_EXCERPT_CHARS; i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (!control) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' '); // a run of line breaks or tabs becomes one space
            }
        }
        if (s.length() > MAX_EXCERPT_CHARS) {
            out.append("...");
        }
        return out.toString().strip();
    }

    /**
     * @param t a throwable
     * @return its class and a bounded message, e.g. {@code ConnectException: Connection refused}
     */
    public static String describe(Throwable t) {
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + excerpt(msg, null));
    }
}
