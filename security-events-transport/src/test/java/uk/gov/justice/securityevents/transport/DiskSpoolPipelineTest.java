package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.testsupport.RecordingListener;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.ScriptedDestination;
import uk.gov.justice.securityevents.transport.testsupport.ScriptedDestination.Step;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/**
 * The pipeline with a disk spool against a scripted in-process destination: exact order and counts through
 * outages, batches in flight while the spool engages, stop and restart. Fault injection against real peers is in
 * {@code faults.FaultInjectionSuiteTest}.
 */
class DiskSpoolPipelineTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    final RecordingStatusReporter status = new RecordingStatusReporter();
    final RecordingListener listener = new RecordingListener();
    final List<DeliveryPipeline> pipelines = new ArrayList<>();

    @AfterEach
    void stopAll() {
        pipelines.forEach(p -> p.stop(Duration.ofSeconds(1)));
    }

    DiskSpool.Builder spool() {
        return DiskSpool.builder(dir.resolve("spool"));
    }

    PipelineSettings.Builder settings(DiskSpool spool) {
        return PipelineSettings.builder().spool(spool).linger(Duration.ofMillis(5)).maxBatchEvents(50)
                .initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(100));
    }

    DeliveryPipeline pipeline(Destination d, PipelineSettings s) {
        DeliveryPipeline p = DeliveryPipeline.builder(d).settings(s).statusReporter(status).listener(listener)
                .build();
        pipelines.add(p);
        return p;
    }

    static List<Long> range(long from, long toInclusive) {
        return LongStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void assertIdentity(DeliverySnapshot s) {
        assertThat(s.offered() + s.recovered())
                .as("offered + recovered == delivered + dropped + pending + in spool: %s", s)
                .isEqualTo(s.delivered() + s.droppedTotal() + s.pendingEvents() + s.spoolEvents());
    }

    @Test
    void anOutageGoesToDiskAndIsReplayedInOrderThenDeliveryIsDirectAgain() throws Exception {
        ScriptedDestination d = new ScriptedDestination();
        DeliveryPipeline p = pipeline(d, settings(spool().build()).build());
        p.start();
        d.down(true);
        for (int n = 1; n <= 300; n++) {
            p.offer(TestEvents.event(n));
            if (n % 50 == 0) {
                Thread.sleep(20);
            }
        }
        await().atMost(WAIT).until(() -> p.snapshot().spooled() == 300);
        assertThat(p.snapshot().pendingEvents()).isZero(); // the outage is on disk, not in memory
        assertThat(p.snapshot().spoolEvents()).isEqualTo(300);
        d.down(false);
        await().atMost(WAIT).until(() -> p.snapshot().delivered() == 300);
        assertThat(d.deliveredSequences()).isEqualTo(range(1, 300));
        DeliverySnapshot s = p.snapshot();
        assertThat(s.replayed()).isEqualTo(300);
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.spoolSegments()).isZero();
        assertThat(s.spoolBytes()).isZero();
        assertIdentity(s);

        for (int n = 301; n <= 310; n++) {
            p.offer(TestEvents.event(n));
        }
        await().atMost(WAIT).until(() -> p.snapshot().delivered() == 310);
        assertThat(p.snapshot().spooled()).isEqualTo(300); // healthy again: straight from memory
        assertThat(d.deliveredSequences()).isEqualTo(range(1, 310));
        assertThat(listener.callsStartingWith("failing")).hasSize(1);
        assertThat(listener.callsStartingWith("recovered")).hasSize(1);
        assertThat(status.linesStartingWith("WARN delivery to scripted destination is failing").get(0))
                .contains("spooled to " + dir.resolve("spool").toAbsolutePath());
    }

    @Test
    void whatIsUndeliveredAtStopIsSpooledAndTheNextPipelineSendsItBeforeItsOwnEvents() {
        ScriptedDestination down = new ScriptedDestination();
        down.down(true);
        DeliveryPipeline first = pipeline(down, settings(spool().build()).build());
        first.start();
        IntStream.rangeClosed(1, 40).forEach(n -> first.offer(TestEvents.event(n)));
        assertThat(first.stop(Duration.ofMillis(300))).isZero(); // nothing lost: it is all on disk
        DeliverySnapshot s1 = first.snapshot();
        assertThat(s1.dropped(DropReason.SHUTDOWN)).isZero();
        assertThat(s1.spoolEvents()).isEqualTo(40);
        assertIdentity(s1);
        assertThat(status.linesStartingWith("INFO stopped with 40 event(s)")).hasSize(1);

        ScriptedDestination up = new ScriptedDestination();
        DeliveryPipeline second = pipeline(up, settings(spool().build()).build());
        IntStream.rangeClosed(41, 50).forEach(n -> second.offer(TestEvents.event(n))); // before start: queued
        second.start();
        await().atMost(WAIT).until(() -> second.snapshot().delivered() == 50);
        assertThat(up.deliveredSequences()).isEqualTo(range(1, 50));
        DeliverySnapshot s2 = second.snapshot();
        assertThat(s2.recovered()).isEqualTo(40);
        assertThat(s2.replayed()).isGreaterThanOrEqualTo(40);
        assertIdentity(s2);
    }

    @Test
    void aBatchInFlightWhenTheQueueSpillsStaysTheOldestAndIsReplayedFirstWhenItFails() {
        ScriptedDestination d = new ScriptedDestination();
        // The first batch takes 500 ms and then fails; meanwhile the queue passes the spill threshold.
        d.then(new Step(Duration.ofMillis(500), DeliveryResult.retryable("slow, then failed", null)));
        long one = TestEvents.event(10).retainedBytes();
        DeliveryPipeline p = pipeline(d, settings(spool().build()).maxQueueBytes(one * 40).maxBatchBytes(8 * 1024)
                .maxBatchEvents(10).build());
        p.start();
        p.offer(TestEvents.event(10));
        await().atMost(WAIT).until(() -> d.attempts() == 1);
        for (int n = 11; n <= 99; n++) {
            assertThat(p.offer(TestEvents.event(n))).isTrue(); // 89 events into a queue of 40: spilled, not dropped
            pause(); // a steady producer (2 ms apart): the sender spills as the queue passes half its bound
        }
        await().atMost(WAIT).until(() -> p.snapshot().delivered() == 90);
        assertThat(d.deliveredSequences()).isEqualTo(range(10, 99));
        DeliverySnapshot s = p.snapshot();
        assertThat(s.spooled()).isEqualTo(90); // the batch in flight (mirrored) and the 89 behind it
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.heldBytesHighWaterMark()).isLessThanOrEqualTo(one * 40);
        assertIdentity(s);
    }

    @Test
    void aBatchInFlightThatSucceedsAfterTheSpillIsNotSentAgain() {
        ScriptedDestination d = new ScriptedDestination();
        d.then(new Step(Duration.ofMillis(500), DeliveryResult.delivered()));
        long one = TestEvents.event(10).retainedBytes();
        DeliveryPipeline p = pipeline(d, settings(spool().build()).maxQueueBytes(one * 40).maxBatchBytes(8 * 1024)
                .maxBatchEvents(10).build());
        p.start();
        p.offer(TestEvents.event(10));
        await().atMost(WAIT).until(() -> d.attempts() == 1);
        for (int n = 11; n <= 99; n++) {
            assertThat(p.offer(TestEvents.event(n))).isTrue();
            pause();
        }
        await().atMost(WAIT).until(() -> p.snapshot().delivered() == 90);
        assertThat(d.deliveredSequences()).isEqualTo(range(10, 99)); // exactly once, in order
        assertThat(p.snapshot().replayed()).isEqualTo(89);
        assertIdentity(p.snapshot());
    }

    @Test
    void aPermanentFailureDuringReplayIsCountedAsRejectedAndReplayGoesOn() {
        ScriptedDestination d = new ScriptedDestination();
        d.down(true);
        DeliveryPipeline p = pipeline(d, settings(spool().build()).maxBatchEvents(10).build());
        p.start();
        IntStream.rangeClosed(1, 30).forEach(n -> p.offer(TestEvents.event(n)));
        await().atMost(WAIT).until(() -> p.snapshot().spooled() == 30);
        d.then(new Step(Duration.ZERO, DeliveryResult.permanentFailure("HTTP 400: bad")));
        d.down(false);
        await().atMost(WAIT).until(() -> p.snapshot().delivered() + p.snapshot().droppedTotal() == 30);
        DeliverySnapshot s = p.snapshot();
        assertThat(s.dropped(DropReason.REJECTED)).isEqualTo(10);
        assertThat(d.deliveredSequences()).isEqualTo(range(11, 30));
        assertIdentity(s);
    }

    @Test
    void theListenerHearsOfSpooledAndReplayedEvents() {
        ScriptedDestination d = new ScriptedDestination();
        d.down(true);
        List<Integer> spooled = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> replayed = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeliveryPipeline p = DeliveryPipeline.builder(d).settings(settings(spool().build()).build())
                .statusReporter(status).listener(new DeliveryListener() {
                    @Override
                    public void onSpooled(int events) {
                        spooled.add(events);
                    }

                    @Override
                    public void onReplayed(int events) {
                        replayed.add(events);
                    }
                }).build();
        pipelines.add(p);
        p.start();
        IntStream.rangeClosed(1, 20).forEach(n -> p.offer(TestEvents.event(n)));
        await().atMost(WAIT).until(() -> spooled.stream().mapToInt(Integer::intValue).sum() == 20);
        d.down(false);
        await().atMost(WAIT).until(() -> replayed.stream().mapToInt(Integer::intValue).sum() == 20);
    }

    @Test
    void theOverflowPolicyDefaultsToSpoolOnlyWithASpool() {
        assertThat(PipelineSettings.defaults().overflowPolicy()).isEqualTo(OverflowPolicy.DROP_NEWEST);
        PipelineSettings withSpool = PipelineSettings.builder().spool(spool().build()).build();
        assertThat(withSpool.overflowPolicy()).isEqualTo(OverflowPolicy.SPOOL);
        assertThat(withSpool.toBuilder().spool(null).build().overflowPolicy()).isEqualTo(OverflowPolicy.DROP_NEWEST);
        assertThat(PipelineSettings.builder().spool(spool().build()).overflowPolicy(OverflowPolicy.BLOCK).build()
                .toBuilder().build().overflowPolicy()).isEqualTo(OverflowPolicy.BLOCK);
        assertThatThrownBy(() -> PipelineSettings.builder().overflowPolicy(OverflowPolicy.SPOOL).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflowPolicy SPOOL needs a disk spool");
    }

    @Test
    void badSpoolSettingsAreNamed() {
        assertThatThrownBy(() -> spool().maxSegmentBytes(100).build()).hasMessageContaining("maxSegmentBytes");
        assertThatThrownBy(() -> spool().maxBytes(DiskSpool.DEFAULT_MAX_SEGMENT_BYTES).build())
                .hasMessageContaining("at least twice maxSegmentBytes");
        assertThatThrownBy(() -> spool().fsyncInterval(Duration.ZERO).build()).hasMessageContaining("fsyncInterval");
        assertThatThrownBy(() -> spool().fsyncPolicy(null).build()).hasMessageContaining("fsyncPolicy");
    }

    @Test
    void twoPipelinesCannotShareASpoolDirectory() {
        pipeline(new ScriptedDestination(), settings(spool().build()).build());
        assertThatThrownBy(() -> pipeline(new ScriptedDestination(), settings(spool().build()).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("spool").toAbsolutePath().toString())
                .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }

    @Test
    void anUnusableSpoolDirectoryIsReportedOnceAndEventsAreKeptInMemoryThenCountedWhenTheQueueIsFull()
            throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        ScriptedDestination d = new ScriptedDestination();
        d.down(true);
        long one = TestEvents.event(10).retainedBytes();
        DeliveryPipeline p = pipeline(d, settings(DiskSpool.builder(file.resolve("spool")).build())
                .maxQueueBytes(one * 20).maxBatchBytes(4096).build());
        p.start();
        for (int n = 10; n < 60; n++) {
            p.offer(TestEvents.event(n)); // never throws, never blocks
        }
        DeliverySnapshot s = p.snapshot();
        assertThat(s.dropped(DropReason.SPOOL_WRITE_FAILED)).isPositive();
        assertThat(s.spooled()).isZero();
        d.down(false);
        await().atMost(WAIT).until(() -> p.snapshot().pendingEvents() == 0);
        s = p.snapshot();
        assertThat(s.delivered() + s.dropped(DropReason.SPOOL_WRITE_FAILED)).isEqualTo(50);
        assertThat(d.deliveredSequences()).isSorted();
        assertThat(status.linesStartingWith("WARN disk spool")).hasSize(1)
                .first().asString().contains(file.resolve("spool").toString());
        assertIdentity(s);
    }
}
