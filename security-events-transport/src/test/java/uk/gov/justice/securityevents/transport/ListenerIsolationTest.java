package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** User callbacks run on the sender thread: whatever they throw, delivery and accounting carry on. */
class ListenerIsolationTest {

    @Test
    void aThrowingListenerIsReportedOnceAndDeliveryContinues() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordingStatusReporter status = new RecordingStatusReporter();
        DeliveryListener throwing = new DeliveryListener() {
            @Override
            public void onDelivered(int events, Duration latency) {
                throw new IllegalStateException("listener bug");
            }
        };
        DeliveryPipeline p = DeliveryPipeline.builder(
                        StdoutDestination.writingTo(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .settings(PipelineSettings.builder().maxBatchEvents(5).linger(Duration.ofMillis(1)).build())
                .listener(throwing).statusReporter(status).build();
        p.start();
        List<OutboundEvent> sent = IntStream.rangeClosed(1, 50).mapToObj(TestEvents::event).toList();
        sent.forEach(p::offer);
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactlyElementsOf(sent.stream().map(TestEvents::json).toList());
        assertThat(p.snapshot().delivered()).isEqualTo(50);
        assertThat(status.lines()).singleElement().asString()
                .contains("DeliveryListener").contains("IllegalStateException: listener bug");
    }

    @Test
    void aThrowingStatusReporterCannotLoseABatch() {
        StatusReporter throwing = new StatusReporter() {
            @Override
            public void warn(String message) {
                throw new IllegalStateException("status bug");
            }

            @Override
            public void info(String message) {
                throw new IllegalStateException("status bug");
            }
        };
        PrintStream broken = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("closed");
            }
        });
        DeliveryPipeline p = DeliveryPipeline.builder(StdoutDestination.writingTo(broken))
                .statusReporter(throwing).build();
        p.start();
        IntStream.rangeClosed(1, 10).mapToObj(TestEvents::event).forEach(p::offer);
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();

        DeliverySnapshot s = p.snapshot();
        assertThat(s.dropped(DropReason.REJECTED)).isEqualTo(10); // failure path ran through the throwing reporter
        assertThat(s.pendingEvents()).isZero();
        assertThat(s.heldBytes()).isZero();
        assertThat(s.offered()).isEqualTo(s.delivered() + s.droppedTotal());
    }
}
