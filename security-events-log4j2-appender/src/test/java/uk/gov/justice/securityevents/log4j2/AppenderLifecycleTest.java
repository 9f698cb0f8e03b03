package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/** Stop drains; LoggerContext.stop() and reconfiguration leave no thread of ours behind. */
class AppenderLifecycleTest {
    @TempDir
    Path dir;

    private static EmittedEvent emit(SecurityEvents events, int i) {
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
            LoggerContext context = Log4j2Config.load("log4j2-appender-https.xml", Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference(),
                    "MAX_IN_FLIGHT_BATCHES", "3"));
            SecurityEvents events = SecurityEvents.builder().build();
            for (int i = 1; i <= 600; i++) {
                emit(events, i);
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
        try (TestCollector collector = TestCollector.start(certs, "test-api-key");
             RecordingStatusListener status = RecordingStatusListener.register()) {
            LoggerContext context = Log4j2Config.load("log4j2-appender-https.xml", Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference(),
                    "LINGER", "1 minute")); // nothing leaves before stop unless a batch fills
            SecurityEvents events = SecurityEvents.builder().build();
            List<EmittedEvent> sent = new ArrayList<>();
            for (int i = 1; i <= 250; i++) {
                sent.add(emit(events, i));
            }
            assertThat(Shipped.transportThreads()).anyMatch(n -> n.startsWith("security-events-sender-"));

            context.stop();

            // the two full batches may be in flight together (maxInFlightBatches): the collector may finish either first
            assertThat(collector.lines()).containsExactlyInAnyOrderElementsOf(Shipped.canonical(sent));
            assertThat(status.messages(Level.INFO)).anyMatch(m -> m.equals(
                    "security-events appender 'SECURITY_EVENTS' stopped; 250 delivered, 0 not delivered at shutdown"));
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
    void reconfigurationDrainsTheOldAppenderAndLeavesOnlyTheNewOnesThreads() throws Exception {
        Path before = dir.resolve("before.ndjson");
        Path after = dir.resolve("after.ndjson");
        Set<String> baseline = Shipped.transportThreads();
        LoggerContext context = Log4j2Config.load("log4j2-reconfigure-a.xml",
                Map.of("BEFORE_FILE", before.toString(), "AFTER_FILE", after.toString()));
        SecurityEvents events = SecurityEvents.builder().build();
        List<EmittedEvent> first = List.of(emit(events, 1), emit(events, 2), emit(events, 3));
        assertThat(senderThreads(baseline)).hasSize(1);

        // What monitorInterval does when the file changes: a reconfiguration from the new file.
        Configurator.reconfigure(getClass().getClassLoader().getResource("log4j2-reconfigure-b.xml").toURI());

        // linger is 5 s: the events can only be in the file now if the old appender drained when it was stopped.
        assertThat(Shipped.lines(before)).containsExactlyElementsOf(Shipped.linesFor("svc-before", first));
        assertThat(senderThreads(baseline)).hasSize(1);
        List<EmittedEvent> second = List.of(emit(events, 4));
        context.stop();
        assertThat(Shipped.lines(after)).containsExactlyElementsOf(Shipped.linesFor("svc-after", second));
        assertThat(senderThreads(baseline)).isEmpty();
    }

    @Test
    void aReconfigurationKeepsShippingWhenBothConfigurationsUseTheSameSpoolDirectory() throws Exception {
        Path before = dir.resolve("before.ndjson");
        Path after = dir.resolve("after.ndjson");
        try (RecordingStatusListener status = RecordingStatusListener.register()) {
            LoggerContext context = Log4j2Config.load("log4j2-spool-a.xml", Map.of("BEFORE_FILE", before.toString(),
                    "AFTER_FILE", after.toString(), "SPOOL_DIR", dir.resolve("spool").toString()));
            SecurityEvents events = SecurityEvents.builder().build();
            List<EmittedEvent> first = List.of(emit(events, 1), emit(events, 2));

            // Log4j2 starts the new configuration before it stops the old one, which still holds the spool lock.
            Configurator.reconfigure(getClass().getClassLoader().getResource("log4j2-spool-b.xml").toURI());
            List<EmittedEvent> second = new ArrayList<>();
            for (int i = 3; i <= 6; i++) {
                second.add(emit(events, i));
                Thread.sleep(10);
            }
            context.stop();

            assertThat(Shipped.lines(before)).containsExactlyElementsOf(Shipped.linesFor("svc-before", first));
            assertThat(Shipped.lines(after)).containsExactlyElementsOf(Shipped.linesFor("svc-after", second));
            assertThat(status.messages(Level.ERROR)).noneMatch(m -> m.startsWith("security-events"));
            assertThat(status.messages(Level.INFO)).anyMatch(m -> m.contains(
                    "waits for the previous configuration to release spool directory"));
        }
    }

    private static Set<String> senderThreads(Set<String> baseline) {
        Set<String> now = new HashSet<>(Shipped.transportThreads());
        now.removeAll(baseline);
        now.removeIf(n -> !n.startsWith("security-events-sender-"));
        return now;
    }
}
