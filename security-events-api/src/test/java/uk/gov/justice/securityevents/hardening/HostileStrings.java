package uk.gov.justice.securityevents.hardening;

import java.util.SplittableRandom;

/** Random strings for property tests: any UTF-16 unit, weighted towards what breaks log pipelines. */
final class HostileStrings {
    private static final String[] SPECIALS = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u0000", "\u001B[2K",
        "\u007F", "\u009B", "\u202E", "\u2066", "\uFEFF", "\"", "\\", "\",\"severity_id\":0,\"x\":\"", "}\n{",
        "\uD83D\uDE00", "\uD800", "\uDFFF", "\uDC00\uD800", "%s", "${jndi:ldap://x/a}", "<script>", "\t"};
    private static final String[] SECRETISH = {"password=", "pwd=", "token=", "access_token=", "secret=",
        "api_key=", "Bearer ", "Basic YWRtaW46czNjcjN0", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
        "AKIA" + "IOSFODNN7EXAMPLE", "ASIA", "aws_secret_access_key=", "-----BEGIN RSA PRIVATE KEY-----",
        "-----END RSA PRIVATE KEY-----", "https://u:p@h/", "://", "@", "ghp_", "xoxb-", "\"password\":\"",
        "passwd:", "=", ":"};

    private HostileStrings() {
    }

    /** A string of mostly short, sometimes long and occasionally huge (up to 100k chars) length. */
    static String any(SplittableRandom r) {
        return any(r, 100);
    }

    /** Like {@link #any(SplittableRandom)}; {@code buckets} 90 leaves out strings over 300 chars. */
    static String any(SplittableRandom r, int buckets) {
        int bucket = r.nextInt(buckets);
        int length = bucket < 70 ? r.nextInt(21) : bucket < 90 ? 20 + r.nextInt(280)
                : bucket < 98 ? 300 + r.nextInt(9_700) : 10_000 + r.nextInt(90_000);
        if (length > 10_000 && r.nextBoolean()) {
            // a huge run of one hostile unit, cheap to build
            String unit = SPECIALS[r.nextInt(SPECIALS.length)];
            return unit.repeat(Math.max(1, length / unit.length()));
        }
        StringBuilder s = new StringBuilder(length + 40);
        while (s.length() < length) {
            int kind = r.nextInt(100);
            if (kind < 40) {
                s.append((char) (0x20 + r.nextInt(0x5F)));
            } else if (kind < 50) {
                int c = r.nextInt(0x41);
                s.append((char) (c < 0x20 ? c : 0x7F + (c - 0x20)));
            } else if (kind < 60) {
                s.append((char) (0xD800 + r.nextInt(0x800)));
            } else if (kind < 70) {
                s.append(SPECIALS[r.nextInt(SPECIALS.length)]);
            } else if (kind < 85) {
                s.append((char) r.nextInt(0x10000));
            } else if (kind < 92) {
                s.appendCodePoint(0x10000 + r.nextInt(0x100000));
            } else {
                s.append(SECRETISH[r.nextInt(SECRETISH.length)]);
                if (r.nextBoolean()) {
                    for (int i = r.nextInt(40); i > 0; i--) {
                        s.append("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-.".charAt(r.nextInt(49)));
                    }
                }
            }
        }
        return s.toString();
    }

    /** Like {@link #any} but never blank (builders reject blank values). */
    static String nonBlank(SplittableRandom r, boolean small) {
        String s = any(r, small ? 90 : 100);
        return s.isBlank() ? "x" + s : s;
    }
}
