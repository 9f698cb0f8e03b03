package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import java.util.StringJoiner;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.StatusReporter;

/**
 * Turns per-batch outcomes and drop counters into state transitions reported locally: one line when delivery
 * starts failing, one when it recovers, one per new permanent-failure reason, and at most one "dropped" summary per
 * report interval. Never once per event.
 *
 * <p>Used by the sender thread, then by the thread in {@code stop()} after the sender has ended (join gives the
 * ordering), so its plain fields need no synchronisation; {@code failing} is volatile for snapshots.
 */
final class HealthReporter {

    private final String destination;
    private final StatusReporter status;
    private final DeliveryListener listener;
    private final Counters counters;
    private final long dropReportIntervalNanos;
    private final String retryNote;

    private volatile boolean failing;
    private long failingSinceNanos;
    private String lastPermanentReason;
    private final long[] dropsNotified = new long[DropReason.values().length];
    private final long[] dropsWarned = new long[DropReason.values().length];
    private long lastDropWarningNanos;
    private boolean droppedBefore;

    HealthReporter(String destination, StatusReporter status, DeliveryListener listener, Counters counters,
                   Duration dropReportInterval, String spoolDirectory) {
        this.destination = destination;
        this.status = status;
        this.listener = listener;
        this.counters = counters;
        this.dropReportIntervalNanos = dropReportInterval.toNanos();
        this.retryNote = spoolDirectory == null
                ? " (will retry with back-off; events stay queued up to the queue bound)"
                : " (will retry with back-off; events are spooled to " + spoolDirectory + " meanwhile)";
    }

    boolean failing() {
        return failing;
    }

    void failure(String reason, boolean permanent) {
        if (!failing) {
            failingSinceNanos = System.nanoTime();
            status.warn("delivery to " + destination + " is failing: " + reason
                    + (permanent ? " (rejected, not retried; events dropped as REJECTED)"
                                 : retryNote));
            listener.onDeliveryFailing(reason);
            failing = true; // published after the report, so whoever sees "failing" can also see the report
        } else if (permanent && !reason.equals(lastPermanentReason)) {
            status.warn("delivery to " + destination + " rejected a batch: " + reason
                    + " (not retried; events dropped as REJECTED)");
        }
        if (permanent) {
            lastPermanentReason = reason;
        }
    }

    void success() {
        if (failing) {
            lastPermanentReason = null;
            Duration outage = Duration.ofNanos(System.nanoTime() - failingSinceNanos);
            status.info("delivery to " + destination + " recovered after " + outage.toMillis() + " ms");
            listener.onDeliveryRecovered(outage);
            failing = false;
        }
    }

    /** Notifies the listener of new drops and warns locally, rate-limited. */
    void reportDrops(boolean force) {
        long now = System.nanoTime();
        long newSinceWarning = 0;
        for (DropReason r : DropReason.values()) {
            long total = counters.dropped(r);
            long delta = total - dropsNotified[r.ordinal()];
            if (delta > 0) {
                dropsNotified[r.ordinal()] = total;
                listener.onDropped(r, delta);
            }
            newSinceWarning += total - dropsWarned[r.ordinal()];
        }
        if (newSinceWarning == 0) {
            return;
        }
        boolean due = !droppedBefore || force || now - lastDropWarningNanos >= dropReportIntervalNanos;
        if (!due) {
            return;
        }
        StringJoiner byReason = new StringJoiner(", ");
        for (DropReason r : DropReason.values()) {
            long total = counters.dropped(r);
            long delta = total - dropsWarned[r.ordinal()];
            if (delta > 0) {
                byReason.add(r + "=" + delta);
            }
            dropsWarned[r.ordinal()] = total;
        }
        status.warn("events not delivered to " + destination + (droppedBefore ? " since the last report: " : ": ")
                + byReason);
        droppedBefore = true;
        lastDropWarningNanos = now;
    }
}
