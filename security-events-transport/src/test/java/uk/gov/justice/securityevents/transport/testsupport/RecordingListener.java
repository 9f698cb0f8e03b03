package uk.gov.justice.securityevents.transport.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DropReason;

/** Records every listener call as a short string, e.g. {@code retry 10 1 HTTP 500: injected fault}. */
public final class RecordingListener implements DeliveryListener {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onDelivered(int events, Duration latency) {
        calls.add("delivered " + events);
    }

    @Override
    public void onRetry(int events, int attempt, Duration delay, String reason) {
        calls.add("retry " + events + " " + attempt + " " + reason);
    }

    @Override
    public void onPermanentFailure(int events, String reason) {
        calls.add("permanent " + events + " " + reason);
    }

    @Override
    public void onDropped(DropReason reason, long count) {
        calls.add("dropped " + reason + " " + count);
    }

    @Override
    public void onDeliveryFailing(String reason) {
        calls.add("failing " + reason);
    }

    @Override
    public void onDeliveryRecovered(Duration outage) {
        calls.add("recovered");
    }

    /** @return all calls so far */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /**
     * @param prefix e.g. {@code retry}
     * @return calls starting with it
     */
    public List<String> callsStartingWith(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}
