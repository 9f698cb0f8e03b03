package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/**
 * Each destination configured from a real log4j2.xml; events emitted through SLF4J ({@code log4j-slf4j2-impl}) and
 * through the Log4j2 API, received by a real peer on loopback (or captured), compared byte for byte with the canonical
 * writer.
 */
class AppenderDestinationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static LoginFailure failure(String user) {
        return LoginFailure.builder().user(User.of("u-1", user)).reason(LoginFailure.Reason.INVALID_CREDENTIALS)
                .build();
    }

    /**
     * Two events through SLF4J on the SDK's logger, one through the Log4j2 API with the SDK's marker and pattern, one
     * on an ordinary logger, and ordinary lines (also on the SDK's logger) that must not be shipped.
     */
    private static List<EmittedEvent> emitMixed() {
        SecurityEvents events = SecurityEvents.builder().build();
        org.slf4j.Logger slf4jOther = LoggerFactory.getLogger("com.example.OrderService");
        org.apache.logging.log4j.Logger log4j = LogManager.getLogger("com.example.Auth");

        EmittedEvent first = events.record(failure("jdoe"));
        slf4jOther.info("order {} placed", 42);
        LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME).info("not a security event {}", "at all");
        EmittedEvent second = events.record(LoginSuccess.builder().user(User.ofUid("u-1")).priorFailureCount(1).build());
        EmittedEvent third = events.stamp(failure("through-log4j2-api"));
        log4j.info(MarkerManager.getMarker(SecurityEvents.MARKER_NAME), SecurityEvents.MESSAGE_PATTERN, third);
        log4j.log(Level.ERROR, "payment declined\nsecond line");
        EmittedEvent fourth = events.stamp(failure("on-another-slf4j-logger"));
        slf4jOther.warn("auth rejected {}", fourth);
        return List.of(first, second, third, fourth);
    }

    @Test
    void stdoutCarriesExactlyTheCanonicalLines() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<EmittedEvent> sent;
        try {
            // The destination takes System.out when it is built, so it writes into this stream.
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LoggerContext context = Log4j2Config.load("log4j2-appender-stdout.xml", Map.of());
            sent = emitMixed();
            context.stop();
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).endsWith("\n");
        assertThat(out.split("\n")).containsExactlyElementsOf(Shipped.canonical(sent));
    }

    @Test
    void fileGetsOnlySecurityEventsFromAnyLoggerAndTheOrdinaryAppenderEverything() throws Exception {
        Path out = dir.resolve("events.ndjson");
        Path ordinary = dir.resolve("ordinary.log");
        LoggerContext context = Log4j2Config.load("log4j2-appender-file.xml",
                Map.of("OUT_FILE", out.toString(), "ORDINARY_FILE", ordinary.toString()));
        List<EmittedEvent> sent = emitMixed();
        LogManager.getLogger("com.example.Other").warn("bare {}", failure("bare"));
        context.stop();

        List<String> lines = Shipped.lines(out);
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).containsExactlyElementsOf(Shipped.canonical(sent));
        JsonNode bare = JSON.readTree(lines.get(4));
        assertThat(bare.at("/metadata/event_code").asText()).isEqualTo("authn_login_fail");
        assertThat(bare.at("/user/name").asText()).isEqualTo("bare");
        assertThat(Shipped.lines(ordinary)).contains("INFO com.example.OrderService - order 42 placed",
                "INFO security-events - not a security event at all");
    }

    @Test
    void theEventObjectCrossesAnAsyncAppenderIntact() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LoggerContext context = Log4j2Config.load("log4j2-appender-async.xml", Map.of("OUT_FILE", out.toString()));
        List<EmittedEvent> sent = emitMixed();
        context.stop();

        assertThat(Shipped.lines(out)).containsExactlyElementsOf(Shipped.canonical(sent));
    }

    @Test
    void allowListedThreadContextKeysGoUnderUnmappedMdc() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LoggerContext context = Log4j2Config.load("log4j2-appender-file.xml", Map.of("OUT_FILE", out.toString(),
                "ORDINARY_FILE", dir.resolve("ordinary.log").toString(), "MDC_KEYS", "requestId, clientIp"));
        ThreadContext.put("requestId", "req-1\r\nFAKE 200 OK");
        ThreadContext.put("sessionCookie", "must-not-appear");
        EmittedEvent sent;
        try {
            sent = SecurityEvents.builder().build().record(failure("jdoe"));
        } finally {
            ThreadContext.clearMap();
        }
        context.stop();

        List<String> lines = Shipped.lines(out);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).at("/unmapped/mdc").toString())
                .isEqualTo("{\"requestId\":\"req-1\\r\\nFAKE 200 OK\"}");
        assertThat(lines.get(0)).doesNotContain("must-not-appear")
                .isEqualTo(Shipped.canonical(sent.withMdc(Map.of("requestId", "req-1\r\nFAKE 200 OK"))).get(0));
    }

    @Test
    void httpsCollectorReceivesTheEventsWithTheApiKeyFromAFile() throws Exception {
        TestCertificates certs = TestCertificates.generate();
        var trust = certs.clientTrust(Files.createDirectories(dir.resolve("client")));
        Path keyFile = Files.writeString(dir.resolve("api-key"), "test-api-key\n");
        try (TestCollector collector = TestCollector.start(certs, "test-api-key")) {
            LoggerContext context = Log4j2Config.load("log4j2-appender-https.xml", Map.of(
                    "COLLECTOR_URL", collector.uri().toString(),
                    "API_KEY_FILE", keyFile.toString(),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference()));
            List<EmittedEvent> sent = emitMixed();
            await().atMost(Duration.ofSeconds(10)).until(() -> collector.lines().size() >= 4);
            context.stop();

            assertThat(collector.lines()).containsExactlyElementsOf(Shipped.canonical(sent));
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
            LoggerContext context = Log4j2Config.load("log4j2-appender-syslog.xml", Map.of(
                    "SYSLOG_PORT", Integer.toString(rsyslog.port()),
                    "TRUST_STORE", trust.trustStore().toString(),
                    "TRUST_STORE_PASSWORD_FILE", trust.trustStorePassword().reference()));
            List<EmittedEvent> sent = emitMixed();
            context.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> rsyslog.receivedLines().size() >= 4);

            List<String> received = rsyslog.receivedLines();
            assertThat(received).allSatisfy(line -> {
                assertThat(line).matches("<8\\d>1 \\S+ case-api-7d9f8-abcde case-api \\d+ authn_\\S+ \\[ocsf@32473 .*");
                assertThat(line).contains("tenant=\"hmpps\"");
            });
            assertThat(received.stream().map(l -> l.substring(l.indexOf('\uFEFF') + 1)).collect(Collectors.toList()))
                    .containsExactlyElementsOf(Shipped.canonical(sent));
        }
    }
}
