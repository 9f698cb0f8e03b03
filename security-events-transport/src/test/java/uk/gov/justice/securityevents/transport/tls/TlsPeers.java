package uk.gov.justice.securityevents.transport.tls;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import uk.gov.justice.securityevents.transport.DeliveryPipeline;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.Destination;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.testsupport.RecordingListener;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** A pipeline with fast retries plus what it reported, for the TLS tests. */
final class TlsPeers implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final RecordingStatusReporter status = new RecordingStatusReporter();
    final RecordingListener listener = new RecordingListener();
    final DeliveryPipeline pipeline;

    TlsPeers(Destination destination) {
        pipeline = DeliveryPipeline.builder(destination)
                .settings(PipelineSettings.builder().linger(Duration.ofMillis(20))
                        .initialBackoff(Duration.ofMillis(50)).maxBackoff(Duration.ofMillis(300)).build())
                .statusReporter(status).listener(listener).build();
        pipeline.start();
    }

    static List<OutboundEvent> events(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(TestEvents::event).toList();
    }

    void offer(int from, int count) {
        events(from, count).forEach(pipeline::offer);
    }

    DeliverySnapshot snapshot() {
        return pipeline.snapshot();
    }

    /** Waits for at least two failed attempts and returns the first failure reason the status reporter showed. */
    String awaitFailing() {
        await("delivery failing and retried").atMost(WAIT)
                .until(() -> pipeline.snapshot().retries() >= 1 && !status.linesStartingWith("WARN delivery to").isEmpty());
        return status.linesStartingWith("WARN delivery to").get(0);
    }

    void awaitDelivered(long n) {
        await(n + " delivered").atMost(WAIT).until(() -> pipeline.snapshot().delivered() >= n);
    }

    @Override
    public void close() {
        pipeline.stop(Duration.ofSeconds(1));
    }
}
