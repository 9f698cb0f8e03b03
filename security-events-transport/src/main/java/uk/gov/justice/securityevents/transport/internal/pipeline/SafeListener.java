package uk.gov.justice.securityevents.transport.internal.pipeline;

import java.time.Duration;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;

/** Calls the user's listener so that nothing it throws can reach the sender loop; the first failure is reported. */
final class SafeListener implements DeliveryListener {

    private final DeliveryListener delegate;
    private final StatusReporter status;
    private volatile boolean reported;

    SafeListener(DeliveryListener delegate, StatusReporter status) {
        this.delegate = delegate;
        this.status = status;
    }

    private void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            if (!reported) {
                reported = true;
                status.warn("DeliveryListener " + delegate.getClass().getName() + " threw "
                        + SafeText.describe(e) + "; ignored (further listener failures are not reported)");
            }
        }
    }

    @Override
    public void onDelivered(int events, Duration latency) {
        guard(() -> delegate.onDelivered(events, latency));
    }

    @Override
    public void onRetry(int events, int attempt, Duration delay, String reason) {
        guard(() -> delegate.onRetry(events, attempt, delay, reason));
    }

    @Override
    public void onPermanentFailure(int events, String reason) {
        guard(() -> delegate.onPermanentFailure(events, reason));
    }

    @Override
    public void onDropped(DropReason reason, long count) {
        guard(() -> delegate.onDropped(reason, count));
    }

    @Override
    public void onSpooled(int events) {
        guard(() -> delegate.onSpooled(events));
    }

    @Override
    public void onReplayed(int events) {
        guard(() -> delegate.onReplayed(events));
    }

    @Override
    public void onDeliveryFailing(String reason) {
        guard(() -> delegate.onDeliveryFailing(reason));
    }

    @Override
    public void onDeliveryRecovered(Duration outage) {
        guard(() -> delegate.onDeliveryRecovered(outage));
    }
}
