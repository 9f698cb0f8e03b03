package uk.gov.justice.securityevents.transport.internal.syslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * Formats one event as an RFC 5424 message:
 * <pre>
 * &lt;PRI&gt;1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [ocsf@PEN ...][meta sequenceId="n"][origin ...] BOM JSON
 * </pre>
 * Header fields are reduced to PRINTUSASCII (others become {@code _}) and cut to the RFC's lengths; an absent field
 * is {@code -}. Structured-data values escape {@code "}, {@code \} and {@code ]}, and control characters become
 * {@code ?}. The JSON after the UTF-8 BOM is the event's bytes, unchanged.
 */
public final class Rfc5424Formatter {

    /** OCSF schema version carried in {@code [ocsf@PEN ver=...]}. */
    public static final String OCSF_VERSION = "1.8.0";
    /** RFC 5424 field limits. */
    public static final int MAX_HOSTNAME = 255;
    /** RFC 5424 APP-NAME limit. */
    public static final int MAX_APP_NAME = 48;
    /** RFC 5424 PROCID limit. */
    public static final int MAX_PROCID = 128;
    /** RFC 5424 MSGID limit. */
    public static final int MAX_MSGID = 32;
    /** Our bound on one structured-data parameter value, in characters. */
    public static final int MAX_PARAM_VALUE = 255;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final int facility;
    private final String defaultHostname;
    private final String defaultAppName;
    private final String procId;
    private final String ocsfSdId;
    private final String origin;

    /**
     * @param facility         syslog facility 0-23
     * @param defaultHostname  HOSTNAME when the event has none, or {@code null}
     * @param defaultAppName   APP-NAME when the event has no service name, or {@code null}
     * @param procId           PROCID, or {@code null}
     * @param enterpriseNumber IANA private enterprise number for the {@code ocsf@} SD-ID
     * @param software         origin software name
     * @param swVersion        origin software version
     */
    public Rfc5424Formatter(int facility, String defaultHostname, String defaultAppName, String procId,
                            long enterpriseNumber, String software, String swVersion) {
        this.facility = facility;
        this.defaultHostname = defaultHostname;
        this.defaultAppName = defaultAppName;
        this.procId = headerField(procId, MAX_PROCID);
        this.ocsfSdId = "ocsf@" + enterpriseNumber;
        this.origin = "[origin software=\"" + paramValue(software) + "\" swVersion=\"" + paramValue(swVersion) + "\"]";
    }

    /**
     * @param e event
     * @return the message bytes, without framing
     */
    public byte[] format(OutboundEvent e) {
        StringBuilder h = new StringBuilder(256);
        h.append('<').append(facility * 8 + SyslogSeverity.fromOcsf(e.severityId())).append(">1 ");
        h.append(TIMESTAMP.format(e.time().truncatedTo(ChronoUnit.MICROS))).append(' ');
        h.append(headerField(e.hostname() != null ? e.hostname() : defaultHostname, MAX_HOSTNAME)).append(' ');
        h.append(headerField(e.serviceName() != null ? e.serviceName() : defaultAppName, MAX_APP_NAME)).append(' ');
        h.append(procId).append(' ');
        h.append(headerField(e.eventCode(), MAX_MSGID)).append(' ');
        h.append('[').append(ocsfSdId)
                .append(" ver=\"").append(OCSF_VERSION)
                .append("\" class_uid=\"").append(e.classUid())
                .append("\" activity_id=\"").append(e.activityId())
                .append("\" type_uid=\"").append(e.typeUid())
                .append("\" uid=\"").append(paramValue(e.uid())).append('"');
        if (e.tenant() != null) {
            h.append(" tenant=\"").append(paramValue(e.tenant())).append('"');
        }
        h.append("][meta sequenceId=\"").append(e.sequence()).append("\"]");
        h.append(origin).append(' ');
        byte[] header = h.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + BOM.length + e.jsonLength());
        out.write(header, 0, header.length);
        out.write(BOM, 0, BOM.length);
        byte[] json = new byte[e.jsonLength()];
        e.jsonView().get(json);
        out.write(json, 0, json.length);
        return out.toByteArray();
    }

    /**
     * @param value raw value
     * @param max length limit
     * @return PRINTUSASCII, at most {@code max} chars, or {@code -}
     */
    public static String headerField(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        int n = Math.min(value.length(), max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            sb.append(c >= 33 && c <= 126 ? c : '_');
        }
        return sb.toString();
    }

    /**
     * @param value raw value
     * @return RFC 5424 PARAM-VALUE content: escaped, control-free, bounded
     */
    public static String paramValue(String value) {
        int n = Math.min(value.length(), MAX_PARAM_VALUE);
        if (n < value.length() && Character.isHighSurrogate(value.charAt(n - 1))) {
            n--; // do not cut a surrogate pair in half
        }
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
