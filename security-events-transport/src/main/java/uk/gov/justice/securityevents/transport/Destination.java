package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where batches go: one small class per transport ({@link HttpCollectorDestination}, {@link SyslogDestination},
 * {@link NdjsonFileDestination}, {@link StdoutDestination}), all driven by one {@link DeliveryPipeline}.
 *
 * <p>Contract: {@link #send(List)} is only ever called by one thread (the pipeline's sender) and returns a future
 * that completes with the outcome; it may complete it before returning. It never completes exceptionally for an I/O
 * problem (that is {@link DeliveryResult.Outcome#RETRYABLE}). Cancelling the future must abort the I/O it started,
 * so that a hung peer cannot hold the sender beyond {@link #attemptTimeout()}.
 *
 * <p>Several futures may be outstanding at once: the pipeline calls {@code send} again before an earlier future has
 * completed when {@link #maxConcurrentSends()} and {@link PipelineSettings#maxInFlightBatches()} are both above 1.
 * A destination whose sends share one stream (a socket, a file) keeps the default of 1, and then never sees a
 * second call before the first future has completed or been cancelled.
 */
public interface Destination extends AutoCloseable {

    /** @return a description safe for logs: kind and address, never credentials */
    String description();

    /**
     * Sends one batch, encoded the way this destination needs (NDJSON, gzip, syslog frames).
     *
     * @param batch events in offer order; not empty; the destination must not keep the list
     * @return the outcome of this attempt
     */
    CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch);

    /**
     * @return the longest one {@link #send(List)} may take before the pipeline cancels it and treats it as a
     *     retryable timeout
     */
    Duration attemptTimeout();

    /**
     * How many batches this destination can usefully have in flight at once: each outstanding {@link #send(List)}
     * future is one. The pipeline sends at most {@code min(this, }{@link PipelineSettings#maxInFlightBatches()}{@code )}
     * at a time (and one at a time with a {@link DiskSpool}).
     *
     * @return at least 1; the default, 1, means one batch at a time (sends are sequential on one stream)
     */
    default int maxConcurrentSends() {
        return 1;
    }

    /** Releases sockets, files and threads; aborts an attempt in progress. Idempotent. */
    @Override
    void close();

    /**
     * Gives the destination the pipeline's status line, for what it finds outside a send: the HTTPS and syslog
     * destinations report there a TLS key or trust store that changed on disk and was reloaded (INFO) or could not be
     * loaded (WARN; the previous certificates stay in use). Called once by the pipeline when it is built; the default
     * ignores it.
     *
     * @param status the pipeline's status line
     */
    default void reportStatusTo(StatusReporter status) {
    }
}
