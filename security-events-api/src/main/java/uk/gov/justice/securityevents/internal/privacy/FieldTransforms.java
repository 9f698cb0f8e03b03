package uk.gov.justice.securityevents.internal.privacy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import uk.gov.justice.securityevents.HmacKey;

/**
 * MASK and PSEUDONYMISE for one value, keeping the value valid for its OCSF type (decided by the field name:
 * {@code ip} is {@code ip_t}, {@code email_addr} is {@code email_t}, {@code mac} is {@code mac_t}). Thread-safe.
 */
public final class FieldTransforms {
    /** Hex digits of the HMAC kept in a pseudonym: {@value} (128 bits). */
    public static final int PSEUDONYM_HEX_DIGITS = 32;
    /** Prefix of a pseudonymised string: {@value}. */
    public static final String PSEUDONYM_PREFIX = "hmac:";
    /** Domain of a pseudonymised e-mail address: {@value} (RFC 2606 reserved, never deliverable). */
    public static final String PSEUDONYM_EMAIL_DOMAIN = "pseudonymised.invalid";
    /** What a masked string keeps after its first character: {@value}. */
    public static final String MASK = "***";

    private static final HexFormat HEX = HexFormat.of();

    private final ThreadLocal<Mac> mac;

    /**
     * Creates the transforms.
     *
     * @param key the pseudonymisation key, or null when no field is pseudonymised
     */
    public FieldTransforms(HmacKey key) {
        this.mac = key == null ? null : ThreadLocal.withInitial(key::newMac);
    }

    /** MASK of a value of the named field. */
    public static String mask(String field, String value) {
        switch (field) {
            case "ip":
                return maskIp(value);
            case "mac":
                return value.length() >= 8 ? value.substring(0, 8) + value.charAt(2) + "00" + value.charAt(2) + "00"
                        + value.charAt(2) + "00" : "00:00:00:00:00:00";
            case "email_addr": {
                int at = value.lastIndexOf('@');
                if (at > 0 && at < value.length() - 1) {
                    return value.substring(0, Character.charCount(value.codePointAt(0))) + MASK
                            + value.substring(at);
                }
                return "x" + MASK + "@" + PSEUDONYM_EMAIL_DOMAIN;
            }
            default:
                return value.isEmpty() ? MASK : value.substring(0, Character.charCount(value.codePointAt(0))) + MASK;
        }
    }

    /** PSEUDONYMISE of a value of the named field. */
    public String pseudonymise(String field, String value) {
        if (mac == null) {
            throw new IllegalStateException("no pseudonymisation key");
        }
        Mac m = mac.get();
        byte[] digest = m.doFinal(value.getBytes(StandardCharsets.UTF_8));
        switch (field) {
            case "ip": {
                byte[] v6 = new byte[16];
                v6[0] = (byte) 0xFD;
                System.arraycopy(digest, 0, v6, 1, 15);
                return literal(v6);
            }
            case "mac": {
                StringBuilder s = new StringBuilder("02");
                for (int i = 0; i < 5; i++) {
                    s.append(':').append(HEX.toHexDigits(digest[i]));
                }
                return s.toString();
            }
            case "email_addr":
                return "hmac." + HEX.formatHex(digest, 0, PSEUDONYM_HEX_DIGITS / 2) + "@" + PSEUDONYM_EMAIL_DOMAIN;
            default:
                return PSEUDONYM_PREFIX + HEX.formatHex(digest, 0, PSEUDONYM_HEX_DIGITS / 2);
        }
    }

    /** Keeps the /24 of an IPv4 address and the /48 of an IPv6 address; never resolves names. */
    static String maskIp(String value) {
        byte[] bytes = parseLiteral(value);
        if (bytes == null) {
            return "0.0.0.0";
        }
        int keep = bytes.length == 4 ? 3 : 6;
        for (int i = keep; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        return literal(bytes);
    }

    private static byte[] parseLiteral(String value) {
        String s = value.strip();
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        boolean v6 = s.indexOf(':') >= 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || c == '.' || (v6 && (c == ':' || (c >= 'a' && c <= 'f')
                    || (c >= 'A' && c <= 'F')));
            if (!ok) {
                return null;
            }
        }
        if (!v6) {
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            byte[] v4 = new byte[4];
            for (int i = 0; i < 4; i++) {
                if (parts[i].isEmpty() || parts[i].length() > 3 || Integer.parseInt(parts[i]) > 255) {
                    return null;
                }
                v4[i] = (byte) Integer.parseInt(parts[i]);
            }
            return v4;
        }
        try {
            // a colon makes the JDK parse an IPv6 literal and never look a name up
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String literal(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
