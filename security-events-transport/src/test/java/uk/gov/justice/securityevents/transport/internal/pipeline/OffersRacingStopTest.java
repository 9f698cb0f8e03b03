package uk.gov.justice.securityevents.transport.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.AllEventFixtures;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.ScriptedDestination;
import uk.gov.justice.securityevents.transport.testsupport.Workers;

/**
 * Threads that keep offering while the pipeline stops: every event offered is delivered or counted as dropped, none
 * is left in the queue once the offers have returned, and an offer that answered {@code false} was counted.
 */
class OffersRacingStopTest {

    private static final SecurityEvent EVENT = AllEventFixtures.all().get(0).build();
    private final SecurityEventWriter writer = SecurityEventWriter.create(Fixed.context());

    @RepeatedTest(20)
    void everyOfferIsDeliveredOrCountedAndNothingStaysQueued() throws Exception {
        ScriptedDestination destination = new ScriptedDestination();
        PipelineCore p = new PipelineCore(PipelineSettings.builder().maxBatchEvents(50).maxBatchBytes(64 * 1024).maxQueueBytes(256 * 1024).linger(Duration.ofMillis(1))
                .build(), destination, DeliveryListener.NO_OP, new RecordingStatusReporter());
        p.start();
        int threads = 4;
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch running = new CountDownLatch(threads);
        List<Thread> offering = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = Workers.start(failure, () -> {
                int sequence = 0;
                int afterStop = 0;
                running.countDown();
                while (afterStop < 1_000) { // keeps going well past the stop
                    boolean late = stopped.get(); // this offer starts after stop() returned
                    boolean queued = p.offer(Fixed.emitted(EVENT, ++sequence), writer);
                    (queued ? accepted : refused).incrementAndGet();
                    assertThat(queued && late).as("an offer after the stop is refused").isFalse();
                    afterStop += late ? 1 : 0;
                }
            });
            offering.add(thread);
        }
        running.await();
        Thread.sleep(20);
        p.stop(Duration.ofSeconds(5));
        stopped.set(true);
        for (Thread t : offering) {
            t.join(30_000);
        }

        assertThat(failure.get()).isNull();
        DeliverySnapshot s = p.snapshot();
        long offers = accepted.get() + refused.get();
        assertThat(s.offered()).isEqualTo(offers);
        assertThat(s.delivered() + s.droppedTotal()).as("delivered + dropped").isEqualTo(offers);
        assertThat(s.delivered()).isEqualTo(destination.delivered().size()).isLessThanOrEqualTo(accepted.get());
        assertThat(s.droppedTotal()).as("refusals are counted").isGreaterThanOrEqualTo(refused.get());
        assertThat(s.dropped(DropReason.SHUTDOWN)).as("offers after the stop").isGreaterThanOrEqualTo(4_000);
        assertThat(s.queuedEvents()).isZero();
        assertThat(s.pendingEvents()).isZero();
        assertThat(s.heldBytes()).isZero();
    }
}
