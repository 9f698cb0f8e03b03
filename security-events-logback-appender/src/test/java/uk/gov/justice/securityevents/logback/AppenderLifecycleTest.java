package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/** Stop drains; LoggerContext.stop() and scan reconfiguration leave no thread of ours behind. */
class AppenderLifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final SecurityEvents events = SecurityEvents.builder().build();

    private EmittedEvent emit(int i) {
        return events.record(LoginFailure.builder().user(User.of("u-" + i, "user" + i))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
    }

    @Test
    void maxInFlightBatchesSetsHowManyRequestsTheCollectorSeesAtOnce() throws Exception {
        TestCertificates certs = TestCertificates.generate();
        var trust = certs.clientTrust(Files.createDirectories(dir.resolve("client")));
        Path keyFile = Files.writeString(dir.resolve("api-key"), "test-api-key");
        try (TestCollector collector = TestCollector.start(certs, "test-api-key")) {
            collector.behaveByDefault(Fault.delay(Duration.ofMillis(300))); // slow: full batches pile up
            LoggerContext context = LogbackConfig.load("appender-https.xml", Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference(),
                    "MAX_IN_FLIGHT_BATCHES", "3"));
            for (int i = 1; i <= 600; i++) {
                emit(i);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> collector.lines().size() == 600);
            context.stop();

            assertThat(collector.maxConcurrentRequests()).isEqualTo(3);
        }
    }

    @Test
    void loggerContextStopDrainsEveryQueuedEventToAHealthyCollectorAndLeavesNoThread() throws Exception {
        Set<String> baseline = Shipped.transportThreads();
        TestCertificates certs = TestCertificates.generate();
        var trust = certs.clientTrust(Files.createDirectories(dir.resolve("client")));
        Path keyFile = Files.writeString(dir.resolve("api-key"), "test-api-key");
        try (TestCollector collector = TestCollector.start(certs, "test-api-key")) {
            LoggerContext context = LogbackConfig.load("appender-https.xml", Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference(),
                    "LINGER", "1 minute")); // nothing leaves before stop unless a batch fills
            List<EmittedEvent> sent = new ArrayList<>();
            for (int i = 1; i <= 250; i++) {
                sent.add(emit(i));
            }
            assertThat(Shipped.transportThreads()).anyMatch(n -> n.startsWith("security-events-sender-"));

            context.stop();

            // the two full batches may be in flight together (maxInFlightBatches): the collector may finish either first
            assertThat(collector.lines()).containsExactlyInAnyOrderElementsOf(Shipped.canonical(
                    sent.toArray(new EmittedEvent[0])));
            assertThat(LogbackConfig.statusMessages(ch.qos.logback.core.status.Status.INFO))
                    .anyMatch(m -> m.contains("stopped; 250 delivered, 0 not delivered at shutdown"));
        }
        // On Java 17 the JDK HttpClient's selector thread ends once the client is unreachable: give GC a chance.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            System.gc();
            Set<String> now = new HashSet<>(Shipped.transportThreads());
            now.removeAll(baseline);
            assertThat(now).isEmpty();
        });
    }

    @Test
    void scanReconfigurationDrainsTheOldAppenderAndLeavesOnlyTheNewOnesThreads() throws Exception {
        String template = new String(getClass().getResourceAsStream("/appender-scan-template.xml").readAllBytes(),
                StandardCharsets.UTF_8);
        Path config = dir.resolve("logback-scan.xml");
        Path before = dir.resolve("before.ndjson");
        Path after = dir.resolve("after.ndjson");
        Files.writeString(config, template.replace("@SERVICE@", "svc-before").replace("@FILE@", before.toString()));
        Set<String> baseline = Shipped.transportThreads();
        LoggerContext context = LogbackConfig.load(config.toUri().toURL(), Map.of());
        List<EmittedEvent> first = List.of(emit(1), emit(2), emit(3));
        assertThat(senderThreads(baseline)).hasSize(1);

        Files.writeString(config, template.replace("@SERVICE@", "svc-after").replace("@FILE@", after.toString()));
        Files.setLastModifiedTime(config, FileTime.from(Instant.now().plusSeconds(5)));
        // linger is 5 s, so the three events can only be in the file this soon if the old appender drained on reset.
        await().atMost(Duration.ofSeconds(4)).until(() -> Shipped.lines(before).size() == 3);
        assertThat(Shipped.lines(before)).containsExactlyElementsOf(Shipped.linesFor("svc-before", first));

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            emit(99);
            return Files.exists(after);
        });
        assertThat(senderThreads(baseline)).hasSize(1);
        assertThat(JSON.readTree(Shipped.lines(before).get(0)).at("/metadata/product/name").asText())
                .isEqualTo("svc-before");

        context.stop();
        assertThat(Shipped.lines(after)).isNotEmpty().allSatisfy(l -> assertThat(JSON.readTree(l)
                .at("/metadata/product/name").asText()).isEqualTo("svc-after"));
        assertThat(senderThreads(baseline)).isEmpty();
    }

    @Test
    void eventsTheCollectorCannotTakeWaitInTheSpoolAndAreReplayedByTheNextConfiguration() throws Exception {
        TestCertificates certs = TestCertificates.generate();
        var trust = certs.clientTrust(Files.createDirectories(dir.resolve("client")));
        Path keyFile = Files.writeString(dir.resolve("api-key"), "test-api-key");
        try (TestCollector collector = TestCollector.start(certs, "test-api-key")) {
            Map<String, String> props = Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference(),
                    "SPOOL_DIR", dir.resolve("spool").toString());
            collector.behaveByDefault(uk.gov.justice.securityevents.transport.testsupport.Fault.status(503));
            LoggerContext context = LogbackConfig.load("appender-spool.xml", props);
            List<EmittedEvent> sent = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                sent.add(emit(i));
            }
            context.stop(); // the collector is down: the events stay in the spool

            assertThat(collector.lines()).isEmpty();
            collector.behaveByDefault(uk.gov.justice.securityevents.transport.testsupport.Fault.accept());
            context = LogbackConfig.load("appender-spool.xml", props);
            await().atMost(Duration.ofSeconds(10)).until(() -> collector.lines().size() >= 20);
            context.stop();

            assertThat(collector.lines()).containsExactlyElementsOf(Shipped.canonical(
                    sent.toArray(new EmittedEvent[0])));
        }
    }

    private static Set<String> senderThreads(Set<String> baseline) {
        Set<String> now = new HashSet<>(Shipped.transportThreads());
        now.removeAll(baseline);
        now.removeIf(n -> !n.startsWith("security-events-sender-"));
        return now;
    }
}
