package uk.gov.justice.securityevents.transport;

import java.time.Duration;

/**
 * Observes a {@link DeliveryPipeline}. Every method has a no-op default, so implement only what you need.
 *
 * <p>Methods are called on the pipeline's sender thread, never on the thread that offered the event, so they
 * must return quickly and must not offer to the same pipeline synchronously. An exception thrown by a listener is
 * reported once through the {@link StatusReporter} and otherwise ignored: a listener cannot break delivery.
 */
public interface DeliveryListener {

    /** A listener that does nothing. */
    DeliveryListener NO_OP = new DeliveryListener() {
    };

    /**
     * A batch was accepted by the destination.
     *
     * @param events  number of events in the batch
     * @param latency time from the oldest event's offer to the destination's acknowledgement; for a batch replayed
     *                from the disk spool, from the oldest event's {@code time} (its offer time is not stored)
     */
    default void onDelivered(int events, Duration latency) {
    }

    /**
     * A batch failed transiently and will be sent again after {@code delay}.
     *
     * @param events  number of events in the batch
     * @param attempt the attempt that just failed, starting at 1
     * @param delay   wait before the next attempt
     * @param reason  why it failed (never contains credentials)
     */
    default void onRetry(int events, int attempt, Duration delay, String reason) {
    }

    /**
     * A batch was rejected permanently (e.g. HTTP 400/401/403) and its events dropped as {@link DropReason#REJECTED}.
     *
     * @param events number of events in the batch
     * @param reason the destination's status and a bounded, sanitised excerpt of its answer
     */
    default void onPermanentFailure(int events, String reason) {
    }

    /**
     * Events were dropped. Drops on the caller's side are aggregated and reported shortly after, on the sender thread.
     *
     * @param reason why
     * @param count  how many since the previous call for this reason
     */
    default void onDropped(DropReason reason, long count) {
    }

    /**
     * Events were written to the disk spool. Under {@link FsyncPolicy#ALWAYS} they have been forced to the device
     * when this is called; otherwise they are in the operating system's cache (safe from a crash of the process).
     *
     * @param events number of events written
     */
    default void onSpooled(int events) {
    }

    /**
     * Events read back from the disk spool were accepted by the destination (they are also reported by
     * {@link #onDelivered(int, Duration)}).
     *
     * @param events number of events
     */
    default void onReplayed(int events) {
    }

    /**
     * Delivery went from healthy to failing (called once per transition, not per event).
     *
     * @param reason the first failure's description
     */
    default void onDeliveryFailing(String reason) {
    }

    /**
     * Delivery recovered after failing (called once per transition).
     *
     * @param outage how long delivery was failing
     */
    default void onDeliveryRecovered(Duration outage) {
    }
}
