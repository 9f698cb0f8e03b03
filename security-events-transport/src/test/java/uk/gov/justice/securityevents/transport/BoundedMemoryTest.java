package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/** A collector that never answers must not make the pipeline hold more than its byte bound, and every event is accounted for. */
class BoundedMemoryTest {

    static final long BOUND = 1024 * 1024;
    static final int THREADS = 4;
    static final int PER_THREAD = 250_000;

    @TempDir
    Path dir;

    @Test
    void millionEventsIntoAHungCollectorStayWithinTheBoundAndAreAllCounted() throws Exception {
        TestCertificates certs = TestCertificates.generate();
        RecordingStatusReporter status = new RecordingStatusReporter();
        try (TestCollector collector = TestCollector.start(certs, null)) {
            collector.behaveByDefault(Fault.hang());
            HttpCollectorDestination destination = HttpCollectorDestination.builder(collector.uri())
                    .tls(certs.clientTrust(dir))
                    .requestTimeout(Duration.ofMinutes(5)) // stays hung for the whole test
                    .build();
            DeliveryPipeline pipeline = DeliveryPipeline.builder(destination)
                    .settings(PipelineSettings.builder().maxQueueBytes(BOUND).maxBatchBytes(64 * 1024)
                            .linger(Duration.ofMillis(5)).build())
                    .statusReporter(status)
                    .build();
            pipeline.start();

            AtomicBoolean offering = new AtomicBoolean(true);
            AtomicLong maxSampled = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (offering.get()) {
                    maxSampled.accumulateAndGet(pipeline.snapshot().heldBytes(), Math::max);
                    Thread.onSpinWait();
                }
            });
            sampler.start();
            List<Thread> producers = new ArrayList<>();
            AtomicLong accepted = new AtomicLong();
            for (int t = 0; t < THREADS; t++) {
                int base = t * PER_THREAD;
                Thread p = new Thread(() -> {
                    for (int i = 1; i <= PER_THREAD; i++) {
                        if (pipeline.offer(small(base + i))) {
                            accepted.incrementAndGet();
                        }
                    }
                });
                producers.add(p);
                p.start();
            }
            for (Thread p : producers) {
                p.join();
            }
            offering.set(false);
            sampler.join();

            long offered = (long) THREADS * PER_THREAD;
            DeliverySnapshot s = pipeline.snapshot();
            assertThat(s.offered()).isEqualTo(offered);
            assertThat(s.heldBytesHighWaterMark()).isLessThanOrEqualTo(BOUND).isPositive();
            assertThat(maxSampled.get()).isLessThanOrEqualTo(BOUND);
            assertThat(s.delivered()).isZero();
            assertThat(s.dropped(DropReason.QUEUE_FULL)).isEqualTo(offered - accepted.get());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                DeliverySnapshot now = pipeline.snapshot();
                assertThat(now.pendingEvents() + now.delivered() + now.droppedTotal()).isEqualTo(offered);
                assertThat(now.pendingEvents()).isEqualTo(accepted.get());
            });
            // the drops were reported locally, once, not per event
            await().atMost(Duration.ofSeconds(5)).until(() -> !status.linesStartingWith("WARN events not delivered").isEmpty());
            assertThat(status.linesStartingWith("WARN events not delivered")).hasSize(1);

            long undelivered = pipeline.stop(Duration.ofMillis(200));
            DeliverySnapshot end = pipeline.snapshot();
            assertThat(undelivered).isEqualTo(accepted.get());
            assertThat(end.dropped(DropReason.SHUTDOWN)).isEqualTo(accepted.get());
            assertThat(end.pendingEvents()).isZero();
            assertThat(end.heldBytes()).isZero();
            assertThat(end.delivered() + end.droppedTotal()).isEqualTo(offered);
        }
    }

    private static OutboundEvent small(int n) {
        return OutboundEvent.builder()
                .json(("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8))
                .uid("u" + n).time(Instant.EPOCH).sequence(n).classUid(3002).activityId(1).typeUid(300201)
                .severityId(1).eventCode("e").build();
    }
}
