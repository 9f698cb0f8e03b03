package uk.gov.justice.securityevents.transport.internal.pipeline;

import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * An event plus what the pipeline needs to account for it, computed once on offer.
 *
 * @param event          the event
 * @param retainedBytes  bytes counted against the queue bound
 * @param wireBytes      NDJSON line length, counted against the batch bound
 * @param enqueuedNanos  {@link System#nanoTime()} at offer, for linger and latency
 */
public record QueuedEvent(OutboundEvent event, long retainedBytes, int wireBytes, long enqueuedNanos) {
}
