package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.testsupport.RecordingListener;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/**
 * Overflow policies, observed on what reaches a real (stdout-style) destination. Events offered before start are
 * queued, which fills the queue deterministically without timing tricks.
 */
class OverflowPolicyTest {

    /** Events 10..99 all have the same size. */
    static final long ONE = TestEvents.event(10).retainedBytes();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final RecordingListener listener = new RecordingListener();

    DeliveryPipeline pipeline(OverflowPolicy policy, int capacityInEvents, Duration blockTimeout) {
        return DeliveryPipeline.builder(StdoutDestination.writingTo(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .settings(PipelineSettings.builder()
                        .maxQueueBytes(ONE * capacityInEvents)
                        .maxBatchBytes((int) Math.min(ONE * capacityInEvents, 64 * 1024))
                        .overflowPolicy(policy)
                        .blockTimeout(blockTimeout)
                        .linger(Duration.ofMillis(1))
                        .build())
                .listener(listener)
                .statusReporter(new RecordingStatusReporter())
                .build();
    }

    List<String> written() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    static List<String> json(int fromInclusive, int toInclusive) {
        return IntStream.rangeClosed(fromInclusive, toInclusive).mapToObj(n -> TestEvents.json(TestEvents.event(n)))
                .toList();
    }

    @Test
    void dropNewestKeepsTheFirstEvents() {
        DeliveryPipeline p = pipeline(OverflowPolicy.DROP_NEWEST, 10, Duration.ZERO);
        List<Boolean> accepted = new ArrayList<>();
        IntStream.rangeClosed(10, 24).forEach(n -> accepted.add(p.offer(TestEvents.event(n))));
        p.start();
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();

        assertThat(accepted).containsExactly(true, true, true, true, true, true, true, true, true, true,
                false, false, false, false, false);
        assertThat(written()).containsExactlyElementsOf(json(10, 19));
        DeliverySnapshot s = p.snapshot();
        assertThat(s.dropped(DropReason.QUEUE_FULL)).isEqualTo(5);
        assertThat(s.delivered()).isEqualTo(10);
        assertThat(s.heldBytesHighWaterMark()).isEqualTo(ONE * 10);
        assertThat(listener.calls()).contains("dropped QUEUE_FULL 5");
    }

    @Test
    void dropOldestKeepsTheLatestEvents() {
        DeliveryPipeline p = pipeline(OverflowPolicy.DROP_OLDEST, 10, Duration.ZERO);
        IntStream.rangeClosed(10, 24).forEach(n -> assertThat(p.offer(TestEvents.event(n))).isTrue());
        p.start();
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();

        assertThat(written()).containsExactlyElementsOf(json(15, 24));
        DeliverySnapshot s = p.snapshot();
        assertThat(s.dropped(DropReason.EVICTED_OLDEST)).isEqualTo(5);
        assertThat(s.delivered() + s.droppedTotal()).isEqualTo(s.offered());
    }

    @Test
    void blockDropsAfterTheBoundedWaitWhenNothingFreesRoom() {
        DeliveryPipeline p = pipeline(OverflowPolicy.BLOCK, 10, Duration.ofMillis(50));
        IntStream.rangeClosed(10, 19).forEach(n -> assertThat(p.offer(TestEvents.event(n))).isTrue());

        assertThat(p.offer(TestEvents.event(20))).isFalse(); // not started: nothing drains
        assertThat(p.snapshot().dropped(DropReason.BLOCK_TIMEOUT)).isEqualTo(1);
        p.start();
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();
        assertThat(written()).containsExactlyElementsOf(json(10, 19));
    }

    @Test
    void blockWaitsForTheSenderToFreeRoomInsteadOfDropping() {
        DeliveryPipeline p = pipeline(OverflowPolicy.BLOCK, 3, Duration.ofSeconds(30));
        p.start();
        IntStream.rangeClosed(10, 99).forEach(n -> assertThat(p.offer(TestEvents.event(n))).isTrue());
        assertThat(p.stop(Duration.ofSeconds(10))).isZero();

        assertThat(written()).containsExactlyElementsOf(json(10, 99));
        assertThat(p.snapshot().droppedTotal()).isZero();
        assertThat(p.snapshot().heldBytesHighWaterMark()).isLessThanOrEqualTo(ONE * 3);
    }

    @Test
    void eventLargerThanABatchIsDroppedAsTooLarge() {
        DeliveryPipeline p = pipeline(OverflowPolicy.DROP_NEWEST, 10, Duration.ZERO);
        OutboundEvent huge = TestEvents.event(10, "x".repeat((int) ONE * 10));
        assertThat(p.offer(huge)).isFalse();
        assertThat(p.snapshot().dropped(DropReason.EVENT_TOO_LARGE)).isEqualTo(1);
        p.stop(Duration.ZERO);
    }
}
