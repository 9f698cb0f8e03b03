package uk.gov.justice.securityevents.transport.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.AllEventFixtures;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliveryResult;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.ScriptedDestination;

/**
 * Events offered with their writer ({@code offer(EmittedEvent, SecurityEventWriter)}) are serialised by the sender
 * while it keeps up and by the calling thread when it is behind: the bytes are the writer's, the order is the order
 * of offers, the estimate counted for an event not yet serialised is replaced by its true size, and a failure on
 * either thread is counted as {@link DropReason#UNSERIALISABLE}.
 */
class SenderSerialisationTest {

    private static final SecurityEvent EVENT = AllEventFixtures.all().get(0).build();
    private final SecurityEventWriter writer = SecurityEventWriter.create(Fixed.context());
    private final RecordingStatusReporter status = new RecordingStatusReporter();
    private PipelineCore core;

    @AfterEach
    void stop() {
        if (core != null) {
            core.stop(Duration.ofSeconds(5));
        }
    }

    private PipelineCore start(ScriptedDestination destination, PipelineSettings settings) {
        core = new PipelineCore(settings, destination, DeliveryListener.NO_OP, status);
        core.start();
        return core;
    }

    @Test
    void theSenderSerialisesWhileItKeepsUpAndTheCallerWhenItIsBehindInOfferOrderWithTheWritersBytes() {
        ScriptedDestination destination = new ScriptedDestination();
        // every send takes 2 ms: a caller offering as fast as it can gets ahead of the sender, then falls back
        List<ScriptedDestination.Step> slow = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            slow.add(new ScriptedDestination.Step(Duration.ofMillis(2), DeliveryResult.delivered()));
        }
        destination.then(slow.toArray(new ScriptedDestination.Step[0]));
        PipelineCore p = start(destination, PipelineSettings.builder().maxBatchEvents(20).linger(Duration.ofMillis(1))
                .build());
        int n = 3_000;
        List<EmittedEvent> offered = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            EmittedEvent e = Fixed.emitted(EVENT, i);
            offered.add(e);
            assertThat(p.offer(e, writer)).isTrue();
        }
        assertThat(p.stop(Duration.ofSeconds(30))).isZero();

        List<OutboundEvent> delivered = destination.delivered();
        assertThat(delivered).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(delivered.get(i).sequence()).isEqualTo(i + 1);
            assertThat(delivered.get(i).jsonBytes()).as("event %d", i + 1).isEqualTo(writer.toBytes(offered.get(i)));
        }
        assertThat(p.serialisedBySender()).as("events serialised by the sender").isBetween(1L, n - 1L);
        DeliverySnapshot s = p.snapshot();
        assertThat(s.offered()).isEqualTo(n);
        assertThat(s.delivered()).isEqualTo(n);
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.heldBytes()).as("bytes still counted once all is delivered").isZero();
    }

    @Test
    void theEstimateIsReplacedByTheTrueSizeAndTheBoundHolds() {
        ScriptedDestination destination = new ScriptedDestination();
        destination.down(true);
        long bound = 64 * 1024;
        PipelineCore p = start(destination, PipelineSettings.builder().maxQueueBytes(bound).maxBatchBytes(16 * 1024)
                .linger(Duration.ofMillis(1)).build());
        int queued = 0;
        for (int i = 1; i <= 200; i++) {
            queued += p.offer(Fixed.emitted(EVENT, i), writer) ? 1 : 0;
        }
        DeliverySnapshot s = p.snapshot();
        assertThat(s.heldBytesHighWaterMark()).isLessThanOrEqualTo(bound);
        assertThat(queued).as("events queued").isLessThan(200).isGreaterThan(0);
        assertThat(s.dropped(DropReason.QUEUE_FULL)).isEqualTo(200 - queued);

        destination.down(false);
        assertThat(p.stop(Duration.ofSeconds(30))).isZero();
        s = p.snapshot();
        assertThat(s.delivered()).isEqualTo(queued);
        assertThat(s.heldBytes()).isZero();
        assertThat(s.pendingEvents()).isZero();
    }

    @Test
    void behindTheCallerSerialisesAndReservesTheTrueSizeOrRefusesWithTheReason() {
        ScriptedDestination destination = new ScriptedDestination();
        destination.down(true);
        PipelineCore p = start(destination, PipelineSettings.builder().maxBatchEvents(5).maxBatchBytes(16 * 1024)
                .linger(Duration.ofMillis(1)).build());
        int sequence = 0;
        for (int i = 0; i < 100; i++) {
            assertThat(p.offer(Fixed.emitted(EVENT, ++sequence), writer)).isTrue();
        }
        // the sender is behind now (its batches wait on the destination): each offer below is serialised here, so a
        // refusal is the offer's answer rather than a drop counted later on the sender thread
        EmittedEvent larger = Fixed.emitted(EVENT, ++sequence).withMdc(mdc(10, 800)); // ~9 KB: over the 4 KiB estimate
        assertThat(p.offer(larger, writer)).isTrue();
        EmittedEvent overABatch = Fixed.emitted(EVENT, ++sequence).withMdc(mdc(40, 800));
        assertThat(p.offer(overABatch, writer)).isFalse();
        assertThat(p.snapshot().dropped(DropReason.EVENT_TOO_LARGE)).isEqualTo(1);
        SecurityEventWriter small = SecurityEventWriter.builder(Fixed.context())
                .maxEventBytes(SecurityEventWriter.MIN_MAX_EVENT_BYTES).build();
        assertThat(p.offer(Fixed.emitted(EVENT, ++sequence).withMdc(mdc(400, 1)), small)).isFalse();
        assertThat(p.snapshot().dropped(DropReason.UNSERIALISABLE)).isEqualTo(1);
        EmittedEvent last = Fixed.emitted(EVENT, ++sequence);
        assertThat(p.offer(last, writer)).isTrue();

        destination.down(false);
        assertThat(p.stop(Duration.ofSeconds(30))).isZero();
        DeliverySnapshot s = p.snapshot();
        assertThat(s.delivered()).isEqualTo(102);
        assertThat(destination.delivered())
                .anySatisfy(e -> assertThat(e.jsonBytes()).isEqualTo(writer.toBytes(larger)));
        assertThat(destination.delivered().get(101).jsonBytes()).isEqualTo(writer.toBytes(last));
        assertThat(s.heldBytes()).as("bytes counted once all is delivered: nothing reserved twice or kept").isZero();
        assertThat(s.pendingEvents()).isZero();
    }

    private static Map<String, String> mdc(int keys, int valueLength) {
        Map<String, String> mdc = new LinkedHashMap<>();
        for (int i = 0; i < keys; i++) {
            mdc.put("diagnostic-context-key-" + i, "v".repeat(valueLength));
        }
        return mdc;
    }

    @Test
    void anEventTheWriterCannotSerialiseIsCountedAsUnserialisableOnEitherThread() {
        Map<String, String> mdc = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            mdc.put("diagnostic-context-key-" + i, "v");
        }
        SecurityEventWriter small = SecurityEventWriter.builder(Fixed.context())
                .maxEventBytes(SecurityEventWriter.MIN_MAX_EVENT_BYTES).build();
        EmittedEvent tooBig = Fixed.emitted(EVENT, 2).withMdc(mdc);
        ScriptedDestination destination = new ScriptedDestination();
        PipelineCore p = start(destination, PipelineSettings.builder().linger(Duration.ofMillis(1)).build());

        // the sender keeps up: the event is queued, then fails on the sender thread
        assertThat(p.offer(Fixed.emitted(EVENT, 1), small)).isTrue();
        assertThat(p.offer(tooBig, small)).isTrue();
        assertThat(p.offer(Fixed.emitted(EVENT, 3), small)).isTrue();
        assertThat(p.stop(Duration.ofSeconds(10))).isZero();

        DeliverySnapshot s = p.snapshot();
        assertThat(s.offered()).isEqualTo(3);
        assertThat(s.delivered()).isEqualTo(2);
        assertThat(s.dropped(DropReason.UNSERIALISABLE)).isEqualTo(1);
        assertThat(s.heldBytes()).isZero();
        assertThat(destination.deliveredSequences()).containsExactly(1L, 3L);
        assertThat(status.linesStartingWith("WARN ")).anyMatch(w -> w.contains(tooBig.envelope().uid())
                && w.contains("could not be serialised") && w.contains("UNSERIALISABLE"));

        // a writer with an integrity chain always serialises on the caller: the failure is a refused offer
        core = null;
        PipelineCore chained = start(new ScriptedDestination(), PipelineSettings.builder().build());
        SecurityEventWriter chainedWriter = SecurityEventWriter.builder(Fixed.context())
                .maxEventBytes(SecurityEventWriter.MIN_MAX_EVENT_BYTES)
                .integrityChain(uk.gov.justice.securityevents.integrity.HashChain.sha256("t")).build();
        assertThat(chained.offer(tooBig, chainedWriter)).isFalse();
        assertThat(chained.snapshot().dropped(DropReason.UNSERIALISABLE)).isEqualTo(1);
        assertThat(chained.serialisedBySender()).isZero();
    }
}
