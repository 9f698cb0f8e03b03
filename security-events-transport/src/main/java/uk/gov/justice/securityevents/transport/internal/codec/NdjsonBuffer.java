package uk.gov.justice.securityevents.transport.internal.codec;

import java.util.List;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * A reusable buffer of NDJSON lines, for a destination that writes a batch and is done with its bytes when
 * {@code send} returns (stdout, file). Reusing one array keeps the sender from allocating a copy of every batch (the
 * copy was about 1.2 KB of garbage per event, a third of what the emit path allocated; docs/performance.md). Not
 * thread-safe: the pipeline's sender is the only caller. Its capacity grows to the largest batch written, which the
 * pipeline bounds by {@code maxBatchBytes}.
 */
public final class NdjsonBuffer {

    /** Capacity before the first batch: 64 KiB. */
    static final int INITIAL_CAPACITY = 64 * 1024;

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int length;

    /**
     * Replaces the contents with the lines of a batch.
     *
     * @param batch events
     */
    public void encode(List<OutboundEvent> batch) {
        clear();
        ensureCapacity(Ndjson.size(batch));
        for (int i = 0; i < batch.size(); i++) {
            append(batch.get(i));
        }
    }

    /**
     * Adds one event's line: its JSON bytes and {@code \n}.
     *
     * @param event the event
     */
    public void append(OutboundEvent event) {
        ensureCapacity(length + Ndjson.lineLength(event));
        length = Ndjson.writeLine(event, bytes, length);
    }

    /** Empties the buffer, keeping its capacity. */
    public void clear() {
        length = 0;
    }

    /** @return the array holding the lines from index 0; valid until the next change */
    public byte[] array() {
        return bytes;
    }

    /** @return bytes of lines held */
    public int length() {
        return length;
    }

    private void ensureCapacity(int needed) {
        if (needed > bytes.length) {
            byte[] grown = new byte[Math.max(needed, bytes.length * 2)];
            System.arraycopy(bytes, 0, grown, 0, length);
            bytes = grown;
        }
    }
}
