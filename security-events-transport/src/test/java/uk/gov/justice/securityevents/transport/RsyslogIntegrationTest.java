package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.testsupport.RecordingListener;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;
import uk.gov.justice.securityevents.transport.testsupport.Threads;

/** Syslog over TLS into a real rsyslog started by the test; skipped when rsyslog is not installed. */
class RsyslogIntegrationTest {

    /** RFC 5424 header + structured data, then a space, the BOM and the message. */
    static final Pattern MESSAGE = Pattern.compile(
            "<(\\d{1,3})>1 (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,6})?Z) ([!-~]{1,255}) ([!-~]{1,48})"
                    + " ([!-~]{1,128}) ([!-~]{1,32}) (\\[.*\\]) \uFEFF(\\{.*\\})");
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    RsyslogServer rsyslog;
    DeliveryPipeline pipeline;
    TestCertificates certs;
    final RecordingStatusReporter status = new RecordingStatusReporter();
    final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void startRsyslog() throws Exception {
        RsyslogServer.assumeAvailable();
        certs = TestCertificates.generate();
        rsyslog = RsyslogServer.start(Files.createDirectories(dir.resolve("rsyslog")), certs);
    }

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.stop(Duration.ofSeconds(2));
        }
        if (rsyslog != null) {
            rsyslog.close();
        }
    }

    void startPipeline() throws Exception {
        SyslogDestination destination = SyslogDestination.builder("127.0.0.1").port(rsyslog.port())
                .tls(certs.clientTrust(Files.createDirectories(dir.resolve("client"))))
                .connectTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(2))
                .procId("777")
                .build();
        pipeline = DeliveryPipeline.builder(destination)
                .settings(PipelineSettings.builder().linger(Duration.ofMillis(20)).maxBatchEvents(40)
                        .initialBackoff(Duration.ofMillis(50)).maxBackoff(Duration.ofMillis(500)).build())
                .statusReporter(status).listener(listener).build();
        pipeline.start();
    }

    @Test
    void everyEventArrivesAsAValidRfc5424MessageWithTheExactJson() throws Exception {
        startPipeline();
        List<OutboundEvent> sent = IntStream.rangeClosed(1, 100).mapToObj(TestEvents::event).toList();
        sent.forEach(pipeline::offer);

        await("100 messages at rsyslog").atMost(WAIT).until(() -> rsyslog.receivedLines().size() >= 100);
        List<String> lines = rsyslog.receivedLines();
        assertThat(lines).as(rsyslog.log()).hasSize(100);
        for (int i = 0; i < sent.size(); i++) {
            OutboundEvent e = sent.get(i);
            Matcher m = MESSAGE.matcher(lines.get(i));
            assertThat(m.matches()).as("RFC 5424 message: %s", lines.get(i)).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(10 * 8 + 4); // authpriv, OCSF Medium -> Warning
            assertThat(Instant.parse(m.group(2))).isEqualTo(e.time());
            assertThat(m.group(3)).isEqualTo("pod-abc");
            assertThat(m.group(4)).isEqualTo("example-service");
            assertThat(m.group(5)).isEqualTo("777");
            assertThat(m.group(6)).isEqualTo("authn_login_fail");
            assertThat(m.group(7)).isEqualTo("[ocsf@32473 ver=\"1.8.0\" class_uid=\"3002\" activity_id=\"1\""
                    + " type_uid=\"300201\" uid=\"" + e.uid() + "\" tenant=\"team-x\"][meta sequenceId=\""
                    + e.sequence() + "\"][origin software=\"security-events-java\" swVersion=\"0.1.0-SNAPSHOT\"]");
            assertThat(m.group(8)).isEqualTo(TestEvents.json(e));
        }
        assertThat(pipeline.stop(Duration.ofSeconds(5))).isZero();
        assertThat(pipeline.snapshot().delivered()).isEqualTo(100);
        // the sender is joined by stop(); the writer's executor has ended, its thread may take a moment to die
        assertThat(Threads.transportThreads()).noneMatch(n -> n.startsWith("security-events-sender-"));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(Threads.transportThreads())
                .noneMatch(n -> n.startsWith("security-events-syslog-")));
    }

    @Test
    void reconnectsAfterTheReceiverRestartsWithoutLosingEvents() throws Exception {
        startPipeline();
        List<OutboundEvent> before = IntStream.rangeClosed(1, 20).mapToObj(TestEvents::event).toList();
        before.forEach(pipeline::offer);
        await().atMost(WAIT).until(() -> rsyslog.receivedLines().size() >= 20);

        rsyslog.restart(); // closes our connection; same port
        List<OutboundEvent> after = IntStream.rangeClosed(21, 40).mapToObj(TestEvents::event).toList();
        after.forEach(pipeline::offer);

        await("40 messages at rsyslog").atMost(WAIT).until(() -> rsyslog.receivedLines().size() >= 40);
        List<String> payloads = rsyslog.receivedLines().stream().map(l -> {
            Matcher m = MESSAGE.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            return m.group(8);
        }).toList();
        assertThat(payloads).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 40).mapToObj(n -> TestEvents.json(TestEvents.event(n))).toList());
        assertThat(pipeline.snapshot().delivered()).isEqualTo(40);
        assertThat(pipeline.snapshot().droppedTotal()).isZero();
    }

    @Test
    void retriesWhileTheReceiverIsDownAndDeliversWhenItIsBack() throws Exception {
        startPipeline();
        pipeline.offer(TestEvents.event(1));
        await().atMost(WAIT).until(() -> rsyslog.receivedLines().size() == 1);
        rsyslog.close();

        pipeline.offer(TestEvents.event(2));
        await().atMost(WAIT).until(() -> pipeline.snapshot().failing());
        assertThat(status.linesStartingWith("WARN delivery to syslog tls://127.0.0.1")).hasSize(1);

        rsyslog.restart();
        await().atMost(WAIT).until(() -> rsyslog.receivedLines().size() >= 2);
        assertThat(rsyslog.receivedLines()).hasSize(2);
        assertThat(rsyslog.receivedLines().get(1)).endsWith(TestEvents.json(TestEvents.event(2)));
        await().atMost(WAIT).until(() -> !pipeline.snapshot().failing());
        assertThat(status.linesStartingWith("INFO delivery to syslog")).hasSize(1);
        assertThat(pipeline.snapshot().retries()).isPositive();
    }
}
