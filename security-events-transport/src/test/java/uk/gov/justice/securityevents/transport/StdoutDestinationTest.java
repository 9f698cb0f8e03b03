package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.testsupport.RecordingListener;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** The default destination: NDJSON on standard output. */
class StdoutDestinationTest {

    @Test
    void writesOneJsonLinePerEvent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeliveryPipeline p = DeliveryPipeline.builder(
                        StdoutDestination.writingTo(new PrintStream(out, false, StandardCharsets.UTF_8)))
                .statusReporter(new RecordingStatusReporter()).build();
        p.start();
        List<OutboundEvent> sent = IntStream.rangeClosed(1, 3).mapToObj(TestEvents::event).toList();
        sent.forEach(p::offer);
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();

        String expected = String.join("\n", sent.stream().map(TestEvents::json).toList()) + "\n";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void aBrokenStreamIsAPermanentFailureNotAnEndlessRetry() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("pipe closed");
            }
        };
        RecordingListener listener = new RecordingListener();
        RecordingStatusReporter status = new RecordingStatusReporter();
        DeliveryPipeline p = DeliveryPipeline.builder(StdoutDestination.writingTo(new PrintStream(broken)))
                .listener(listener).statusReporter(status).build();
        p.offer(TestEvents.event(1));
        p.start();
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();

        assertThat(p.snapshot().dropped(DropReason.REJECTED)).isEqualTo(1);
        assertThat(listener.calls()).contains("permanent 1 write to stdout failed");
        assertThat(status.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN delivery to stdout is failing"));
    }
}
