package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector.RecordedRequest;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** The HTTPS collector destination against a real HTTPS server on loopback, with injected faults. */
class HttpCollectorDestinationTest extends HttpsCollectorTestBase {

    static final String KEY = "k3y-0f-the-test";
    static final Duration WAIT = Duration.ofSeconds(20);

    static PipelineSettings fast() {
        return PipelineSettings.builder()
                .linger(Duration.ofMillis(20))
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(200))
                .build();
    }

    HttpCollectorDestination.Builder destination() {
        return HttpCollectorDestination.builder(collector.uri())
                .apiKey(SecretSource.fromEnvironment("TEST_COLLECTOR_KEY"))
                .environment(name -> name.equals("TEST_COLLECTOR_KEY") ? KEY : null)
                .tls(certs.clientTrust(dir))
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5));
    }

    DeliveryPipeline start(HttpCollectorDestination destination, PipelineSettings settings) {
        pipeline = DeliveryPipeline.builder(destination).settings(settings).listener(listener)
                .statusReporter(status).build();
        pipeline.start();
        return pipeline;
    }

    static List<OutboundEvent> events(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(TestEvents::event).toList();
    }

    static List<String> jsonOf(List<OutboundEvent> events) {
        return events.stream().map(TestEvents::json).toList();
    }

    void offerAll(List<OutboundEvent> events) {
        for (OutboundEvent e : events) {
            assertThat(pipeline.offer(e)).isTrue();
        }
    }

    @Test
    void deliversGzippedNdjsonWithTheApiKeyAndExactBytes() {
        collector = TestCollector.start(certs, KEY);
        start(destination().build(), fast());
        List<OutboundEvent> sent = events(1, 120);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() == 120);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
        List<JsonNode> parsed = collector.events();
        assertThat(parsed).extracting(n -> n.get("n").asInt()).containsExactlyElementsOf(
                IntStream.range(1, 121).boxed().toList());
        assertThat(parsed.get(0).get("message").asText()).isEqualTo("Login failed \u00e9");
        assertThat(collector.requests()).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo(KEY);
            assertThat(r.contentEncoding()).isEqualTo("gzip");
            assertThat(r.outcome()).isEqualTo(200);
        });
        await().atMost(WAIT).untilAsserted(() -> {
            DeliverySnapshot s = pipeline.snapshot();
            assertThat(s.delivered()).isEqualTo(120);
            assertThat(s.offered()).isEqualTo(120);
            assertThat(s.droppedTotal()).isZero();
            assertThat(s.pendingEvents()).isZero();
            assertThat(s.heldBytes()).isZero();
            assertThat(s.retries()).isZero();
            assertThat(s.batchesDelivered()).isEqualTo(collector.requests().size());
            assertThat(s.maxLatency()).isPositive();
        });
        assertThat(status.lines()).isEmpty();
    }

    @Test
    void splunkStyleHeaderWithoutGzip() {
        collector = TestCollector.start(certs, "Splunk " + KEY);
        start(destination().authValueFormat("Splunk {key}").gzip(false).header("X-Source", "tests").build(), fast());
        List<OutboundEvent> sent = events(1, 5);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() == 5);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
        assertThat(collector.requests()).allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo("Splunk " + KEY);
            assertThat(r.contentEncoding()).isNull();
        });
    }

    @Test
    void retriesServerErrorsThenRecoversWithoutLossOrDuplicates() {
        collector = TestCollector.start(certs, KEY);
        collector.enqueue(Fault.status(500), Fault.status(503));
        start(destination().build(), fast());
        List<OutboundEvent> sent = events(1, 50);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() >= 50);
        await().atMost(WAIT).until(() -> pipeline.snapshot().delivered() == 50 && !pipeline.snapshot().failing());
        assertThat(collector.lines()).containsExactlyInAnyOrderElementsOf(jsonOf(sent)); // no loss, no duplicate
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.retries()).isEqualTo(2);
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.failing()).isFalse();
        assertThat(collector.requests()).extracting(RecordedRequest::outcome).startsWith(500, 503, 200);
        // one line when failing starts, one on recovery: not one per attempt or per event
        assertThat(status.lines()).hasSize(2);
        assertThat(status.lines().get(0)).startsWith("WARN delivery to HTTP collector").contains("HTTP 500");
        assertThat(status.lines().get(1)).startsWith("INFO delivery to HTTP collector").contains("recovered");
        assertThat(listener.callsStartingWith("failing")).hasSize(1);
        assertThat(listener.callsStartingWith("recovered")).hasSize(1);
        assertThat(listener.callsStartingWith("retry")).hasSize(2);
    }

    @Test
    void honoursRetryAfterOn429() {
        collector = TestCollector.start(certs, KEY);
        collector.enqueue(Fault.status(429, "1"));
        start(destination().build(), fast());
        List<OutboundEvent> sent = events(1, 10);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() == 10);
        List<RecordedRequest> requests = collector.requests();
        assertThat(requests).extracting(RecordedRequest::outcome).containsExactly(429, 200);
        long waited = requests.get(1).receivedNanos() - requests.get(0).respondedNanos();
        assertThat(waited).as("no request before Retry-After (1 s)").isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
        assertThat(listener.callsStartingWith("retry")).singleElement().asString().contains("HTTP 429");
    }

    @Test
    void rejectsPermanentlyOn401AndNeverLeaksTheKey() {
        collector = TestCollector.start(certs, "a-different-key");
        start(destination().build(), fast());
        List<OutboundEvent> sent = events(1, 10);
        offerAll(sent);

        await().atMost(WAIT).until(() -> pipeline.snapshot().dropped(DropReason.REJECTED) == 10);
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.delivered()).isZero();
        assertThat(s.retries()).isZero();
        assertThat(s.permanentFailures()).isEqualTo(collector.requests().size());
        assertThat(collector.requests()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(401));
        assertThat(collector.lines()).isEmpty();
        List<String> permanent = listener.callsStartingWith("permanent");
        assertThat(permanent).isNotEmpty().allSatisfy(c -> assertThat(c)
                .contains("HTTP 401: invalid api key: ***") // the server echoed the key: it is masked
                .doesNotContain(KEY));
        assertThat(status.linesStartingWith("WARN delivery to HTTP collector")).singleElement().asString()
                .contains("HTTP 401").contains("REJECTED").doesNotContain(KEY);
        await().atMost(WAIT).until(() -> !listener.callsStartingWith("dropped REJECTED").isEmpty());
        assertThat(status.lines()).noneMatch(l -> l.contains(KEY));
    }

    @Test
    void splitsOn413AndDropsASingleEventThatIsStillTooLarge() {
        collector = TestCollector.start(certs, KEY);
        collector.rejectBodiesLargerThan(1_500);
        List<OutboundEvent> sent = new ArrayList<>(events(1, 20));
        OutboundEvent huge = TestEvents.event(99, "x".repeat(2_000));
        sent.add(10, huge);
        pipeline = DeliveryPipeline.builder(destination().gzip(false).build()).settings(fast()).listener(listener)
                .statusReporter(status).build();
        offerAll(sent); // before start: one batch of 21
        pipeline.start();

        await().atMost(WAIT).until(() -> pipeline.snapshot().pendingEvents() == 0);
        List<OutboundEvent> expected = new ArrayList<>(sent);
        expected.remove(huge);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(expected)); // in order, once each
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.delivered()).isEqualTo(20);
        assertThat(s.dropped(DropReason.EVENT_TOO_LARGE)).isEqualTo(1);
        assertThat(s.droppedTotal()).isEqualTo(1);
        assertThat(collector.requests()).anyMatch(r -> r.outcome() == 413);
        assertThat(collector.requests()).filteredOn(r -> r.outcome() == 200)
                .allSatisfy(r -> assertThat(r.wireBytes()).isLessThanOrEqualTo(1_500));
    }

    @Test
    void retriesAHungRequestAfterTheRequestTimeout() {
        collector = TestCollector.start(certs, KEY);
        collector.enqueue(Fault.hang());
        start(destination().requestTimeout(Duration.ofMillis(500)).build(), fast());
        List<OutboundEvent> sent = events(1, 10);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() == 10);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
        assertThat(pipeline.snapshot().retries()).isEqualTo(1);
        assertThat(listener.callsStartingWith("retry")).singleElement().asString().contains("timeout");
    }

    @Test
    void retriesAConnectionClosedWithoutAnswer() {
        collector = TestCollector.start(certs, KEY);
        collector.enqueue(Fault.reset());
        start(destination().build(), fast());
        List<OutboundEvent> sent = events(1, 10);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() == 10);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
        assertThat(collector.requests()).extracting(RecordedRequest::outcome).containsExactly(-2, 200);
        assertThat(pipeline.snapshot().retries()).isEqualTo(1);
    }

    @Test
    void mutualTlsPresentsTheConfiguredClientCertificate() {
        collector = TestCollector.start(certs, KEY, true);
        start(destination().tls(certs.clientTrustAndCertificate(dir)).build(), fast());
        List<OutboundEvent> sent = events(1, 3);
        offerAll(sent);

        await().atMost(WAIT).until(() -> collector.lines().size() == 3);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
    }

    @Test
    void withoutTheClientCertificateDeliveryFailsAndIsReported() {
        collector = TestCollector.start(certs, KEY, true);
        start(destination().build(), fast());
        pipeline.offer(TestEvents.event(1));

        await().atMost(WAIT).until(() -> pipeline.snapshot().failing());
        assertThat(collector.lines()).isEmpty();
        assertThat(status.linesStartingWith("WARN delivery to HTTP collector")).hasSize(1);
        assertThat(pipeline.stop(Duration.ZERO)).isEqualTo(1);
        assertThat(pipeline.snapshot().dropped(DropReason.SHUTDOWN)).isEqualTo(1);
    }

    @Test
    void refusesAServerCertificateFromAnotherCa() {
        collector = TestCollector.start(TestCertificates.generate(), KEY);
        start(destination().build(), fast()); // trusts only the other CA
        pipeline.offer(TestEvents.event(1));

        await().atMost(WAIT).until(() -> pipeline.snapshot().failing());
        assertThat(collector.requests()).isEmpty();
        assertThat(listener.callsStartingWith("failing")).singleElement().asString().contains("SSL");
    }
}
