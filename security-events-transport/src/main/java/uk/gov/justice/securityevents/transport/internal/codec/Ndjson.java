package uk.gov.justice.securityevents.transport.internal.codec;

import java.util.List;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/** Newline-delimited JSON: each event's bytes followed by {@code \n}. */
public final class Ndjson {

    private Ndjson() {
    }

    /**
     * @param batch events
     * @return their NDJSON encoding in one array
     */
    public static byte[] encode(List<OutboundEvent> batch) {
        int size = 0;
        for (OutboundEvent e : batch) {
            size += e.jsonLength() + 1;
        }
        byte[] out = new byte[size];
        int pos = 0;
        for (OutboundEvent e : batch) {
            int len = e.jsonLength();
            e.jsonView().get(out, pos, len);
            pos += len;
            out[pos++] = '\n';
        }
        return out;
    }

    /**
     * @param event an event
     * @return its NDJSON size: JSON bytes plus the newline
     */
    public static int lineLength(OutboundEvent event) {
        return event.jsonLength() + 1;
    }
}
