package uk.gov.justice.securityevents.transport.internal.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** One segment file and the spool's bookkeeping for it. Used by one thread at a time (the pipeline's sender). */
final class Segment {

    final long id;
    final Path path;
    /** Written by an earlier process: read only, and its damage was counted when it was scanned. */
    final boolean recovered;
    /** Bytes of the file that hold verified data (header and whole records). */
    long end;
    /** Offset of the first record not yet acknowledged. */
    long ackOffset = SpoolFormat.HEADER_BYTES;
    /** Offset of the first record not yet read. */
    long readOffset = SpoolFormat.HEADER_BYTES;
    /** Records in this segment not yet acknowledged (read or not). */
    long unacked;
    /** Records read and not yet acknowledged. */
    long inFlight;
    /** Whether the spool appends to this segment. */
    boolean active;
    /** Open channel, or {@code null}. */
    FileChannel channel;

    Segment(long id, Path path, boolean recovered) {
        this.id = id;
        this.path = path;
        this.recovered = recovered;
    }

    /** @return whether every record was read and acknowledged (or skipped as damaged) */
    boolean finished() {
        return !active && inFlight == 0 && readOffset >= end;
    }

    void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
            channel = null;
        }
    }

    @Override
    public String toString() {
        return path.getFileName() + "[end=" + end + ", ack=" + ackOffset + ", read=" + readOffset + ", unacked="
                + unacked + ", inFlight=" + inFlight + (active ? ", active" : "") + "]";
    }
}
