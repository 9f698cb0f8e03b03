package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;
import uk.gov.justice.securityevents.transport.testsupport.Threads;

/** stop(): drains what was offered, gives up at the deadline with an exact count, and leaves no thread behind. */
class ShutdownTest {

    static TestCertificates certs;
    @TempDir
    Path dir;
    final RecordingStatusReporter status = new RecordingStatusReporter();

    @BeforeAll
    static void certificates() {
        certs = TestCertificates.generate();
    }

    HttpCollectorDestination destination(TestCollector collector, Duration requestTimeout) {
        return HttpCollectorDestination.builder(collector.uri()).tls(certs.clientTrust(dir))
                .requestTimeout(requestTimeout).build();
    }

    @Test
    void eventsOfferedJustBeforeStopReachAHealthyCollector() {
        try (TestCollector collector = TestCollector.start(certs, null)) {
            DeliveryPipeline pipeline = DeliveryPipeline.builder(destination(collector, Duration.ofSeconds(5)))
                    // a long linger: without stop()'s flush these events would still be waiting
                    .settings(PipelineSettings.builder().linger(Duration.ofMinutes(1)).build())
                    .statusReporter(status).build();
            pipeline.start();
            List<OutboundEvent> sent = IntStream.rangeClosed(1, 1_000).mapToObj(TestEvents::event).toList();
            sent.forEach(pipeline::offer);

            long undelivered = pipeline.stop(Duration.ofSeconds(10));

            assertThat(undelivered).isZero();
            // Two batches, in flight together (maxInFlightBatches): the collector may finish either first.
            assertThat(collector.lines()).containsExactlyInAnyOrderElementsOf(
                    sent.stream().map(TestEvents::json).toList());
            DeliverySnapshot s = pipeline.snapshot();
            assertThat(s.delivered()).isEqualTo(1_000);
            assertThat(s.droppedTotal()).isZero();
            assertThat(pipeline.isRunning()).isFalse();
            assertThat(pipeline.offer(TestEvents.event(1_001))).isFalse();
            assertThat(pipeline.snapshot().dropped(DropReason.SHUTDOWN)).isEqualTo(1);
            assertThat(pipeline.stop(Duration.ZERO)).as("idempotent").isZero();
        }
    }

    @Test
    void stopGivesUpOnAHungCollectorAtTheDeadlineAndCountsWhatIsLeft() {
        try (TestCollector collector = TestCollector.start(certs, null)) {
            collector.behaveByDefault(Fault.hang());
            DeliveryPipeline pipeline = DeliveryPipeline.builder(destination(collector, Duration.ofMinutes(5)))
                    .settings(PipelineSettings.builder().linger(Duration.ofMillis(5)).maxBatchEvents(10).build())
                    .statusReporter(status).build();
            pipeline.start();
            IntStream.rangeClosed(1, 25).mapToObj(TestEvents::event).forEach(pipeline::offer);
            await().atMost(Duration.ofSeconds(10)).until(() -> collector.requests().isEmpty()
                    && pipeline.snapshot().queuedEvents() < 25); // a batch is in flight, hung

            long undelivered = pipeline.stop(Duration.ofMillis(300));

            assertThat(undelivered).isEqualTo(25);
            DeliverySnapshot s = pipeline.snapshot();
            assertThat(s.dropped(DropReason.SHUTDOWN)).isEqualTo(25);
            assertThat(s.pendingEvents()).isZero();
            assertThat(status.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN stopped with 25 event(s)"));
        }
    }

    @Test
    void noThreadOutlivesStop() {
        Set<String> baseline = Threads.transportThreads();
        try (TestCollector collector = TestCollector.start(certs, null)) {
            runAndStopOnePipeline(collector);
        }
        // On Java 17 the HttpClient's selector thread ends once the client is unreachable: give GC a chance.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            System.gc();
            Set<String> now = Threads.transportThreads();
            now.removeAll(baseline);
            assertThat(now).isEmpty();
        });
    }

    private void runAndStopOnePipeline(TestCollector collector) {
        DeliveryPipeline pipeline = DeliveryPipeline.builder(destination(collector, Duration.ofSeconds(5)))
                .settings(PipelineSettings.builder().linger(Duration.ofMillis(5)).build())
                .statusReporter(status).build();
        pipeline.start();
        IntStream.rangeClosed(1, 50).mapToObj(TestEvents::event).forEach(pipeline::offer);
        await().atMost(Duration.ofSeconds(10)).until(() -> collector.lines().size() == 50);
        assertThat(Threads.transportThreads()).anyMatch(n -> n.startsWith("security-events-sender-"));
        assertThat(pipeline.stop(Duration.ofSeconds(5))).isZero();
        assertThat(Threads.transportThreads()).noneMatch(n -> n.startsWith("security-events-sender-"));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(Threads.transportThreads())
                .noneMatch(n -> n.startsWith("security-events-http-")));
    }
}
