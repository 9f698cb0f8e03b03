package uk.gov.justice.securityevents.internal.redact;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * Finds secrets in free text and replaces only the secret part with {@code [REDACTED:<kind>]}.
 *
 * <p>Fast path: {@link #mayContainSecret(CharSequence)} is one allocation-free pass over the characters looking for
 * the markers every pattern needs ({@code =}, a {@code :} after a key-like word or a quote, {@code ://} with an
 * {@code @}, {@code eyJ}, {@code AKIA}/{@code ASIA}, {@code -----BEGIN}, {@code gh?_}, {@code github_pat_},
 * {@code xox?-}, {@code bearer }/{@code basic }). Strings without one are returned as they are, without regex work.
 * Every pattern is linear: each variable-length part is anchored by a look-behind so it starts only at the beginning of
 * a run. Stateless and thread-safe.
 */
public final class SecretScrubber {
    /** Receives each secret found. */
    @FunctionalInterface
    public interface Findings {
        /** One secret of this kind was replaced. */
        void found(SecretKind kind);
    }

    private static final String KEYS = "aws_secret_access_key|client_secret|access_token|refresh_token|id_token"
            + "|auth_token|x-api-key|api_key|api-key|apikey|password|passwd|pwd|pass|token|secret";

    private static final Pattern SECRETS = Pattern.compile(
            "(?<pemhead>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----)(?<pem>[\\s\\S]*?)"
                    + "(?=-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|\\z)"
            + "|(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\\s/?#@:]*:(?<urlpw>[^\\s/?#@]+)(?=@)"
            + "|(?<![A-Za-z0-9_-])(?i:bearer)\\s+(?<bearer>[A-Za-z0-9._~+/-]{8,}=*)(?![^\\s\"',;])"
            + "|(?<![A-Za-z0-9_-])(?i:basic)\\s+(?<basic>[A-Za-z0-9+/]{6,}={0,2})(?![^\\s\"',;])"
            + "|(?<![A-Za-z0-9_-])(?<key>(?i:" + KEYS + "))(?:\\s*=\\s*|:(?=[^\\s/])|[\"']\\s*:\\s*)"
            + "(?:\"(?<dq>[^\"\\r\\n]+)\"|'(?<sq>[^'\\r\\n]+)'|(?<val>[^\\s&;,\"'<>]+))"
            + "|(?<![A-Za-z0-9_-])(?<jwt>eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*)"
            + "|(?<![A-Za-z0-9])(?<aws>(?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Za-z0-9])"
            + "|(?<![A-Za-z0-9_])(?<gh>gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])"
            + "|(?<![A-Za-z0-9])(?<slack>xox[baprs]-[A-Za-z0-9-]{10,})");

    private SecretScrubber() {
    }

    /**
     * Replaces every secret in {@code text}.
     *
     * @param text     the text
     * @param findings told about each replacement
     * @return the text with secrets replaced; {@code text} itself when nothing was found
     */
    public static String scrub(String text, Findings findings) {
        if (!mayContainSecret(text)) {
            return text;
        }
        return scrubSlowly(text, findings);
    }

    /** The regex pass alone, without the pre-check (tests compare it with {@link #scrub}). */
    public static String scrubSlowly(String text, Findings findings) {
        Matcher m = SECRETS.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String group;
            SecretKind kind;
            if (m.start("pemhead") >= 0) {
                group = "pem";
                kind = SecretKind.PRIVATE_KEY;
                if (m.end("pem") == m.start("pem")) {
                    continue;
                }
            } else if (m.start("urlpw") >= 0) {
                group = "urlpw";
                kind = SecretKind.URL_PASSWORD;
            } else if (m.start("bearer") >= 0) {
                group = "bearer";
                kind = SecretKind.BEARER;
                if (!looksLikeToken(m.group(group))) {
                    continue;
                }
            } else if (m.start("basic") >= 0) {
                group = "basic";
                kind = SecretKind.BASIC;
                if (!isBasicCredential(m.group(group))) {
                    continue;
                }
            } else if (m.start("key") >= 0) {
                group = m.start("dq") >= 0 ? "dq" : m.start("sq") >= 0 ? "sq" : "val";
                kind = kindOfKey(m.group("key"));
            } else if (m.start("jwt") >= 0) {
                group = "jwt";
                kind = SecretKind.JWT;
            } else if (m.start("aws") >= 0) {
                group = "aws";
                kind = SecretKind.AWS_ACCESS_KEY_ID;
            } else if (m.start("gh") >= 0) {
                group = "gh";
                kind = SecretKind.GITHUB_TOKEN;
            } else {
                group = "slack";
                kind = SecretKind.SLACK_TOKEN;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, m.start(group)).append(kind.replacement());
            copied = m.end(group);
            findings.found(kind);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static SecretKind kindOfKey(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        switch (k) {
            case "aws_secret_access_key":
                return SecretKind.AWS_SECRET_KEY;
            case "client_secret":
            case "secret":
                return SecretKind.SECRET;
            case "x-api-key":
            case "api_key":
            case "api-key":
            case "apikey":
                return SecretKind.API_KEY;
            case "password":
            case "passwd":
            case "pwd":
            case "pass":
                return SecretKind.PASSWORD;
            default:
                return SecretKind.TOKEN;
        }
    }

    /** A bearer credential has a digit or a token symbol, or is long: "Bearer authentication failed" is prose. */
    private static boolean looksLikeToken(String s) {
        if (s.length() >= 24) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '-') {
                return true;
            }
        }
        return false;
    }

    /** A Basic credential is base64 of printable {@code user:password}. */
    private static boolean isBasicCredential(String s) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
        boolean colon = false;
        for (byte b : decoded) {
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
            colon |= b == ':';
        }
        return colon;
    }

    /**
     * The cheap pre-check: false guarantees that {@link #scrubSlowly} would find nothing. One pass, no allocation.
     *
     * @param s the text
     * @return whether the text has a marker some pattern needs
     */
    public static boolean mayContainSecret(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '=':
                    return true;
                case ':':
                    if (colonAfterKey(s, i) || (i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/'
                            && indexOf(s, '@', i + 3) >= 0)) {
                        return true;
                    }
                    break;
                case 'e':
                    if (regionIs(s, i, "eyJ")) {
                        return true;
                    }
                    break;
                case 'A':
                    if (regionIs(s, i, "AKIA") || regionIs(s, i, "ASIA")) {
                        return true;
                    }
                    break;
                case '-':
                    if (regionIs(s, i, "-----BEGIN")) {
                        return true;
                    }
                    break;
                case 'g':
                    if ((i + 3 < n && s.charAt(i + 1) == 'h' && s.charAt(i + 3) == '_')
                            || regionIs(s, i, "github_pat_")) {
                        return true;
                    }
                    break;
                case 'x':
                    if (i + 4 < n && s.charAt(i + 1) == 'o' && s.charAt(i + 2) == 'x' && s.charAt(i + 4) == '-') {
                        return true;
                    }
                    break;
                case 'b':
                case 'B':
                    if (regionIsIgnoreCase(s, i + 1, "earer") || regionIsIgnoreCase(s, i + 1, "asic")) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * A colon after a quote, or right after the last letter of a secret key name (…d, …s, …n, …t, …y) and followed by
     * neither whitespace nor {@code /}: the key pattern's {@code :(?=[^\s/])}, so a URL scheme such as {@code https://}
     * does not send every URL down the regex path.
     */
    private static boolean colonAfterKey(CharSequence s, int colon) {
        int j = colon - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char p = s.charAt(j);
        if (p == '"' || p == '\'') {
            return true;
        }
        if (j != colon - 1 || colon + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(colon + 1);
        if (next == '/' || next == ' ' || next == '\t' || next == '\n' || next == '\u000B' || next == '\f'
                || next == '\r') {
            return false;
        }
        char lower = (char) (p | 0x20);
        return lower == 'd' || lower == 's' || lower == 'n' || lower == 't' || lower == 'y';
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionIs(CharSequence s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionIsIgnoreCase(CharSequence s, int at, String lowerWord) {
        if (at + lowerWord.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = s.charAt(at + k);
            if (c < 'A' || c > 'z' || (char) (c | 0x20) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
