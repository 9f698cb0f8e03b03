package uk.gov.justice.securityevents.hardening;

import uk.gov.justice.securityevents.internal.redact.SecretScrubber;

/**
 * The documented value of a string after writing (docs/security.md): free text is scrubbed of secrets (looking at most
 * 16,384 chars past the limit), then cut to the limit without splitting a surrogate pair, then every lone surrogate
 * becomes U+FFFD.
 */
final class Documented {
    private static final int SCRUB_LOOKAHEAD = 16_384;

    private Documented() {
    }

    static String value(String input, boolean freeText, int limit) {
        String v = input;
        if (freeText) {
            if (v.length() > (long) limit + SCRUB_LOOKAHEAD) {
                v = v.substring(0, limit + SCRUB_LOOKAHEAD);
            }
            v = SecretScrubber.scrubSlowly(v, kind -> { });
        }
        if (v.length() > limit) {
            int len = limit;
            if (Character.isHighSurrogate(v.charAt(len - 1))) {
                len--;
            }
            v = v.substring(0, len);
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                out.append(c).append(v.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
