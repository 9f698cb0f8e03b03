package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/**
 * Each destination configured from a real logback.xml, events emitted through SLF4J, received by a real peer on
 * loopback (or captured from the stream / file), compared byte for byte with the canonical writer.
 */
class AppenderDestinationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final SecurityEvents events = SecurityEvents.builder().build();
    private final Logger other = LoggerFactory.getLogger("com.example.OrderService");

    private static LoginFailure failure(String user) {
        return LoginFailure.builder().user(User.of("u-1", user)).reason(LoginFailure.Reason.INVALID_CREDENTIALS)
                .build();
    }

    /** Two events on the SDK's logger, one on an ordinary logger, and ordinary lines that must not be shipped. */
    private List<EmittedEvent> emitMixed() {
        EmittedEvent first = events.record(failure("jdoe"));
        other.info("order {} placed", 42);
        LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME).info("not a security event {}", "at all");
        EmittedEvent second = events.record(LoginSuccess.builder().user(User.ofUid("u-1")).priorFailureCount(1).build());
        EmittedEvent third = events.stamp(failure("on-another-logger"));
        other.warn("auth rejected {}", third);
        other.error("payment declined\nsecond line");
        return List.of(first, second, third);
    }

    private static EmittedEvent[] array(List<EmittedEvent> list) {
        return list.toArray(new EmittedEvent[0]);
    }

    @Test
    void stdoutCarriesExactlyTheCanonicalLines() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<EmittedEvent> sent;
        try {
            // The destination takes System.out when it is built, so it writes into this stream.
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LoggerContext context = LogbackConfig.load("appender-stdout.xml", Map.of());
            sent = emitMixed();
            context.stop();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).endsWith("\n");
        assertThat(out.split("\n")).containsExactlyElementsOf(Shipped.canonical(array(sent)));
    }

    @Test
    void fileGetsOnlySecurityEventsFromAnyLoggerAndTheOrdinaryAppenderEverything() throws Exception {
        Path out = dir.resolve("events.ndjson");
        Path ordinary = dir.resolve("ordinary.log");
        LoggerContext context = LogbackConfig.load("appender-file.xml",
                Map.of("OUT_FILE", out.toString(), "ORDINARY_FILE", ordinary.toString()));
        List<EmittedEvent> sent = emitMixed();
        LoggerFactory.getLogger("com.example.Auth").info("bare {}", failure("bare"));
        context.stop();

        List<String> lines = Shipped.lines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3)).containsExactlyElementsOf(Shipped.canonical(array(sent)));
        // A bare SecurityEvent logged directly is stamped on arrival and shipped too.
        assertThat(JSON.readTree(lines.get(3)).at("/metadata/event_code").asText()).isEqualTo("authn_login_fail");
        assertThat(JSON.readTree(lines.get(3)).at("/user/name").asText()).isEqualTo("bare");
        assertThat(Shipped.lines(ordinary)).contains("INFO com.example.OrderService - order 42 placed",
                "INFO security-events - not a security event at all");
        assertThat(LogbackConfig.statusMessages(ch.qos.logback.core.status.Status.INFO))
                .anyMatch(m -> m.contains("security-events appender 'SECURITY_EVENTS': shipping security events to"
                        + " DeliveryPipeline[file " + out + "]"));
    }

    @Test
    void allowListedMdcKeysGoUnderUnmappedMdcEscapedAndScrubbed() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LoggerContext context = LogbackConfig.load("appender-file.xml", Map.of("OUT_FILE", out.toString(),
                "ORDINARY_FILE", dir.resolve("ordinary.log").toString(), "MDC_KEYS", "requestId, clientIp"));
        MDC.put("requestId", "req-1\r\nFAKE 200 OK");
        MDC.put("sessionCookie", "must-not-appear");
        EmittedEvent sent;
        try {
            sent = events.record(failure("jdoe"));
        } finally {
            MDC.clear();
        }
        context.stop();

        List<String> lines = Shipped.lines(out);
        assertThat(lines).hasSize(1);
        JsonNode node = JSON.readTree(lines.get(0));
        assertThat(node.at("/unmapped/mdc").toString()).isEqualTo("{\"requestId\":\"req-1\\r\\nFAKE 200 OK\"}");
        assertThat(lines.get(0)).doesNotContain("must-not-appear");
        assertThat(lines.get(0)).isEqualTo(Shipped.canonical(sent.withMdc(Map.of("requestId", "req-1\r\nFAKE 200 OK")))
                .get(0));
    }

    @Test
    void httpsCollectorReceivesTheEventsWithTheApiKeyFromAFile() throws Exception {
        TestCertificates certs = TestCertificates.generate();
        Path client = Files.createDirectories(dir.resolve("client"));
        var trust = certs.clientTrust(client);
        Path keyFile = Files.writeString(dir.resolve("api-key"), "test-api-key\n");
        try (TestCollector collector = TestCollector.start(certs, "test-api-key")) {
            LoggerContext context = LogbackConfig.load("appender-https.xml", Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference()));
            List<EmittedEvent> sent = emitMixed();
            await().atMost(Duration.ofSeconds(10)).until(() -> collector.lines().size() >= 3);
            context.stop();

            assertThat(collector.lines()).containsExactlyElementsOf(Shipped.canonical(array(sent)));
            assertThat(collector.requests()).allSatisfy(r -> {
                assertThat(r.outcome()).isEqualTo(200);
                assertThat(r.contentEncoding()).isEqualTo("gzip");
            });
        }
    }

    @Test
    void syslogOverTlsDeliversEachEventToRsyslog() throws Exception {
        Assumptions.assumeTrue(RsyslogServer.isInstalled(), RsyslogServer.missingMessage());
        TestCertificates certs = TestCertificates.generate();
        var trust = certs.clientTrust(Files.createDirectories(dir.resolve("client")));
        try (RsyslogServer rsyslog = RsyslogServer.start(Files.createDirectories(dir.resolve("rsyslog")), certs)) {
            LoggerContext context = LogbackConfig.load("appender-syslog.xml", Map.of(
                    "SYSLOG_PORT", Integer.toString(rsyslog.port()),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference()));
            List<EmittedEvent> sent = emitMixed();
            context.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> rsyslog.receivedLines().size() >= 3);

            List<String> received = rsyslog.receivedLines();
            assertThat(received).allSatisfy(line -> {
                assertThat(line).matches("<8\\d>1 \\S+ case-api-7d9f8-abcde case-api \\d+ authn_\\S+ \\[ocsf@32473 .*");
                assertThat(line).contains("tenant=\"hmpps\"");
            });
            List<String> json = received.stream().map(l -> l.substring(l.indexOf('\uFEFF') + 1))
                    .collect(Collectors.toList());
            assertThat(json).containsExactlyElementsOf(Arrays.asList(Shipped.canonical(array(sent)).toArray(new String[0])));
        }
    }
}
