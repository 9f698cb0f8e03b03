package uk.gov.justice.securityevents.transport.internal.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a host is loopback from its text alone: resolving it would touch DNS at construction time and a
 * name that resolves to loopback today may not tomorrow.
 */
public final class LoopbackHosts {

    private static final Pattern IPV4_LOOPBACK =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

    private LoopbackHosts() {
    }

    /**
     * @param host a URI host
     * @return whether it is {@code localhost}, {@code 127.x.y.z} or {@code ::1}
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || IPV4_LOOPBACK.matcher(h).matches();
    }
}
