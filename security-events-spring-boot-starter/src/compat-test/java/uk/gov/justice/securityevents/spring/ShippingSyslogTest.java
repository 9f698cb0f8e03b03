package uk.gov.justice.securityevents.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.justice.securityevents.spring.internal.PrincipleSevenGuard;
import uk.gov.justice.securityevents.spring.support.Browser;
import uk.gov.justice.securityevents.spring.support.CanonicalEvents;
import uk.gov.justice.securityevents.spring.testapp.TestApplication;
import uk.gov.justice.securityevents.transport.TlsSettings;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;

/**
 * Properties alone ship to a real rsyslog over TLS (RFC 5424 with RFC 5425 framing): real HTTP logins arrive as
 * syslog messages whose MSG is the canonical event, and a syslog platform destination silences the principle 7 guard.
 */
@DirtiesContext
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=syslog-shipping-test", "spring.profiles.active=prod",
                "security-events.destination.type=syslog",
                "security-events.destination.syslog.host=localhost",
                "security-events.destination.syslog.facility=authpriv",
                "security-events.pipeline.linger=20ms",
                "security-events.pipeline.shutdown-timeout=1s"})
class ShippingSyslogTest {
    static RsyslogServer rsyslog;
    static TlsSettings trust;
    static volatile long testStart;

    @LocalServerPort
    int port;

    @Autowired
    PrincipleSevenGuard guard;

    @BeforeAll
    static void startRsyslog() throws IOException {
        // Skips when rsyslog is absent, unless SECURITY_EVENTS_REQUIRE_RSYSLOG=true (CI), where it fails instead.
        RsyslogServer.assumeAvailable();
        Path dir = Files.createTempDirectory("security-events-syslog-shipping");
        TestCertificates certs = TestCertificates.generate();
        trust = certs.clientTrust(Files.createDirectories(dir.resolve("client")));
        rsyslog = RsyslogServer.start(Files.createDirectories(dir.resolve("rsyslog")), certs);
    }

    @DynamicPropertySource
    static void destination(DynamicPropertyRegistry registry) {
        registry.add("security-events.destination.syslog.port", () -> rsyslog.port());
        registry.add("security-events.destination.tls.trust-store", () -> trust.trustStore().toString());
        registry.add("security-events.destination.tls.trust-store-password-file",
                () -> trust.trustStorePassword().reference());
    }

    @AfterAll
    static void stopRsyslog() {
        if (rsyslog != null) {
            rsyslog.close();
        }
    }

    @Test
    void propertiesAloneShipTheLoginsToRsyslogOverTls() throws Exception {
        testStart = System.currentTimeMillis();
        Browser browser = new Browser(port);
        browser.login("alice", "wrong");
        assertThat(browser.post("/login", Map.of("username", "alice", "password", TestApplication.ALICE_PASSWORD,
                "_csrf", browser.loginPageCsrf())).statusCode()).isEqualTo(302);
        assertThat(browser.postWithCsrf("/logout", Map.of()).statusCode()).isEqualTo(302);

        await().atMost(Duration.ofSeconds(20)).until(() -> CanonicalEvents.codes(aliceEvents()).contains("authn_logout"));
        List<JsonNode> alice = aliceEvents();
        assertThat(CanonicalEvents.codes(alice)).containsExactly("authn_login_fail", "authn_login_successafterfail",
                "authn_logout");
        assertThat(alice).allSatisfy(e -> {
            assertThat(e.at("/metadata/product/name").asText()).isEqualTo("syslog-shipping-test");
            assertThat(e.at("/src_endpoint/ip").asText()).isEqualTo("127.0.0.1");
        });
        // Each message is RFC 5424: PRI = authpriv (10) * 8 + severity, version 1, MSGID = event code, OCSF SD.
        List<String> lines = aliceLines();
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .matches("<8\\d>1 \\S+Z \\S+ syslog-shipping-test \\S+ (authn_login_fail|authn_login_successafterfail"
                        + "|authn_logout) \\[ocsf@32473 ver=\"1\\.8\\.0\" class_uid=\"3002\" .*\\]\\[meta sequenceId=\"\\d+\"\\].*"));
        // A syslog platform destination satisfies principle 7, even in production.
        assertThat(guard.lastWarning()).isNull();
    }

    private static List<String> aliceLines() {
        return rsyslog.receivedLines().stream().filter(l -> l.contains("\"name\":\"alice\""))
                .collect(Collectors.toList());
    }

    private static List<JsonNode> aliceEvents() {
        // Only this test's events: others emitted earlier in this JVM may be delivered from the startup buffer.
        return aliceLines().stream().map(l -> CanonicalEvents.parse(l.substring(l.indexOf('\uFEFF') + 1)))
                .filter(e -> e.at("/time").asLong() >= testStart)
                .collect(Collectors.toList());
    }
}
