package uk.gov.justice.securityevents.transport.internal.syslog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 5425 §4.3 / RFC 6587 octet-counting framing: {@code MSG-LEN SP SYSLOG-MSG}, lengths in bytes. */
public final class OctetCounting {

    private OctetCounting() {
    }

    /**
     * @param messages formatted messages
     * @return all of them framed, in one array
     */
    public static byte[] frame(List<byte[]> messages) {
        int size = 0;
        for (byte[] m : messages) {
            size += m.length + 12;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        for (byte[] m : messages) {
            byte[] len = (m.length + " ").getBytes(StandardCharsets.US_ASCII);
            out.write(len, 0, len.length);
            out.write(m, 0, m.length);
        }
        return out.toByteArray();
    }
}
