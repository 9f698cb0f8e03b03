package uk.gov.justice.securityevents.internal;

/** IP literal syntax checks (RFC 791 dotted quad, RFC 4291 text forms incl. embedded IPv4 and RFC 4007 zones). */
final class IpLiterals {
    private IpLiterals() {
    }

    static boolean isValid(String s) {
        return s.indexOf(':') >= 0 ? isIpv6(s) : isIpv4(s, 0, s.length());
    }

    static boolean isIpv4(String s, int from, int to) {
        int parts = 0;
        int i = from;
        while (i <= to) {
            int start = i;
            int value = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                if (value > 255 || i - start >= 3) {
                    return false;
                }
                i++;
            }
            int len = i - start;
            if (len == 0 || (len > 1 && s.charAt(start) == '0')) {
                return false;
            }
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
        }
        return parts == 4;
    }

    static boolean isIpv6(String s) {
        int end = s.length();
        int zone = s.indexOf('%');
        if (zone >= 0) {
            if (zone == end - 1) {
                return false;
            }
            for (int i = zone + 1; i < end; i++) {
                char c = s.charAt(i);
                if (c <= ' ' || c > '~') {
                    return false;
                }
            }
            end = zone;
        }
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (s.startsWith("::")) {
            compressed = true;
            i = 2;
            if (i == end) {
                return true;
            }
        } else if (end > 0 && s.charAt(0) == ':') {
            return false;
        }
        while (i < end) {
            int start = i;
            while (i < end && Character.digit(s.charAt(i), 16) >= 0) {
                i++;
            }
            int len = i - start;
            if (i < end && s.charAt(i) == '.') {
                // Embedded IPv4 takes the last two groups.
                if (!isIpv4(s, start, end)) {
                    return false;
                }
                groups += 2;
                i = end;
                break;
            }
            if (len == 0 || len > 4) {
                return false;
            }
            groups++;
            if (i == end) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < end && s.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
                if (i == end) {
                    break;
                }
            } else if (i == end) {
                return false;
            }
        }
        return compressed ? groups < 8 : groups == 8;
    }
}
