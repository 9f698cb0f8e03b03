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
        byte[] out = new byte[size(batch)];
        int pos = 0;
        for (OutboundEvent e : batch) {
            pos = writeLine(e, out, pos);
        }
        return out;
    }

    /**
     * @param batch events
     * @return the size of their NDJSON encoding
     */
    public static int size(List<OutboundEvent> batch) {
        int size = 0;
        for (int i = 0; i < batch.size(); i++) {
            size += lineLength(batch.get(i));
        }
        return size;
    }

    /**
     * Copies one event's line, its JSON bytes and {@code \n}, into {@code out} at {@code pos}.
     *
     * @param event the event
     * @param out   an array with room for {@link #lineLength(OutboundEvent)} bytes at {@code pos}
     * @param pos   where the line starts
     * @return where the next line starts
     */
    static int writeLine(OutboundEvent event, byte[] out, int pos) {
        int len = event.jsonLength();
        event.jsonView().get(out, pos, len);
        out[pos + len] = '\n';
        return pos + len + 1;
    }

    /**
     * @param event an event
     * @return its NDJSON size: JSON bytes plus the newline
     */
    public static int lineLength(OutboundEvent event) {
        return event.jsonLength() + 1;
    }
}
