package uk.gov.justice.securityevents.transport.internal.pipeline;

import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.PipelineSettings;

/**
 * An event plus what the pipeline needs to account for it, computed once on offer. Either serialised ({@code event}
 * set) or still to be serialised by the sender ({@code emitted} and {@code writer} set, see {@link EventSerialiser}).
 *
 * @param event          the serialised event, or null while it is still to be serialised
 * @param emitted        the event to serialise, or null once serialised
 * @param writer         the writer that serialises {@code emitted}, or null once serialised
 * @param retainedBytes  bytes counted against the queue bound (an estimate while not serialised)
 * @param wireBytes      NDJSON line length, counted against the batch bound (0 while not serialised)
 * @param enqueuedNanos  {@link System#nanoTime()} at offer, for linger and latency
 */
public record QueuedEvent(OutboundEvent event, EmittedEvent emitted, SecurityEventWriter writer, long retainedBytes,
                          int wireBytes, long enqueuedNanos) {

    /** A serialised event. */
    public QueuedEvent(OutboundEvent event, long retainedBytes, int wireBytes, long enqueuedNanos) {
        this(event, null, null, retainedBytes, wireBytes, enqueuedNanos);
    }

    /** An event left for the sender to serialise, counted at {@code estimatedBytes} until then. */
    static QueuedEvent unserialised(EmittedEvent emitted, SecurityEventWriter writer, long estimatedBytes,
                                    long enqueuedNanos) {
        return new QueuedEvent(null, emitted, writer, estimatedBytes, 0, enqueuedNanos);
    }

    /**
     * The one size check every serialised event passes, at offer or when the sender serialises it: larger than a
     * batch may be, or than the whole queue, it is dropped as {@code EVENT_TOO_LARGE}.
     *
     * @return whether a line of {@code wireBytes} retaining {@code retainedBytes} can never be queued or sent
     */
    static boolean tooLarge(int wireBytes, long retainedBytes, PipelineSettings settings) {
        return wireBytes > settings.maxBatchBytes() || retainedBytes > settings.maxQueueBytes();
    }

    /** @return whether {@link #event()} holds the serialised event */
    public boolean isSerialised() {
        return event != null;
    }
}
