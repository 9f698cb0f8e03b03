package uk.gov.justice.securityevents.transport.internal.verify;

/**
 * A strict, allocation-light JSON reader that validates one JSON object and picks out the three fields the delivery
 * check needs: {@code metadata.uid}, {@code metadata.sequence} and {@code metadata.reporter.uid}. Everything else is
 * parsed (so malformed lines are detected) and skipped. Not a general JSON library: the module has no runtime
 * dependency beyond the JDK.
 */
public final class JsonFieldScanner {

    /**
     * The fields found; absent ones are {@code null}.
     *
     * @param uid         {@code metadata.uid}
     * @param sequence    {@code metadata.sequence} when it is an integer
     * @param reporterUid {@code metadata.reporter.uid}
     */
    public record Fields(String uid, Long sequence, String reporterUid) {
    }

    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;
    private String uid;
    private Long sequence;
    private String reporterUid;

    private JsonFieldScanner(String s) {
        this.s = s;
    }

    /**
     * @param json one JSON object (surrounding whitespace allowed)
     * @return the fields
     * @throws IllegalArgumentException if the text is not one well-formed JSON object
     */
    public static Fields scan(String json) {
        JsonFieldScanner p = new JsonFieldScanner(json);
        p.ws();
        if (p.peek() != '{') {
            throw p.error("expected '{'");
        }
        p.value(0, 0);
        p.ws();
        if (p.pos != json.length()) {
            throw p.error("unexpected text after the object");
        }
        return new Fields(p.uid, p.sequence, p.reporterUid);
    }

    // Paths of interest: 0 = other, 1 = root, 2 = root.metadata, 3 = root.metadata.reporter
    private void value(int depth, int path) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        char c = peek();
        switch (c) {
            case '{':
                object(depth, path == 0 ? 1 : path);
                return;
            case '[':
                pos++;
                ws();
                if (peek() == ']') {
                    pos++;
                    return;
                }
                while (true) {
                    ws();
                    value(depth + 1, -1);
                    ws();
                    char d = next();
                    if (d == ']') {
                        return;
                    }
                    if (d != ',') {
                        throw error("expected ',' or ']'");
                    }
                }
            case '"':
                string();
                return;
            case 't':
                literal("true");
                return;
            case 'f':
                literal("false");
                return;
            case 'n':
                literal("null");
                return;
            default:
                number();
        }
    }

    /** @param path 1 root, 2 metadata, 3 reporter, -1 anything else */
    private void object(int depth, int path) {
        pos++; // '{'
        ws();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String key = string();
            ws();
            if (next() != ':') {
                throw error("expected ':'");
            }
            ws();
            int child = -1;
            if (path == 1 && key.equals("metadata")) {
                child = 2;
            } else if (path == 2 && key.equals("reporter")) {
                child = 3;
            }
            char c = peek();
            if (path == 2 && key.equals("uid") && c == '"') {
                uid = string();
            } else if (path == 3 && key.equals("uid") && c == '"') {
                reporterUid = string();
            } else if (path == 2 && key.equals("sequence") && (c == '-' || (c >= '0' && c <= '9'))) {
                String n = number();
                try {
                    sequence = Long.parseLong(n);
                } catch (NumberFormatException e) {
                    sequence = null; // not an integer: reported as an event without a sequence
                }
            } else if (c == '{') {
                object(depth + 1, child);
            } else {
                value(depth + 1, -1);
            }
            ws();
            char d = next();
            if (d == '}') {
                return;
            }
            if (d != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder out = null;
        int start = pos;
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String r = out == null ? s.substring(start, pos) : out.append(s, start, pos).toString();
                pos++;
                return r;
            }
            if (c < 0x20) {
                throw error("raw control character in a string");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(s, start, pos);
                pos++;
                char e = next();
                switch (e) {
                    case '"': out.append('"'); break;
                    case '\\': out.append('\\'); break;
                    case '/': out.append('/'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                        break;
                    default:
                        throw error("bad escape \\" + e);
                }
                start = pos;
            } else {
                pos++;
            }
        }
    }

    private String number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            throw error("expected a value");
        }
        if (peek() == '.') {
            pos++;
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("expected a digit");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                throw error("expected a digit");
            }
            digits();
        }
        return s.substring(start, pos);
    }

    private void digits() {
        while (peek() >= '0' && peek() <= '9') {
            pos++;
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
    }

    private void ws() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(pos++);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + pos);
    }
}
