package uk.gov.justice.securityevents.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.spring.internal.PrincipleSevenGuard;
import uk.gov.justice.securityevents.spring.support.Browser;
import uk.gov.justice.securityevents.spring.support.CanonicalEvents;
import uk.gov.justice.securityevents.spring.testapp.TestApplication;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.TlsSettings;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/**
 * Properties alone ship to a real HTTPS collector (the transport's {@link TestCollector}, TLS with a test CA, API key
 * read from a file): real HTTP logins arrive as typed events; the endpoint, the meters and the health indicator show
 * the delivery; a failing collector turns the indicator DOWN after the threshold, and UP again when it recovers.
 */
@DirtiesContext
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=shipping-test", "spring.profiles.active=prod",
                "management.endpoints.web.exposure.include=securityevents,health",
                "management.endpoint.health.show-details=always",
                "security-events.destination.type=https",
                "security-events.pipeline.linger=20ms",
                "security-events.pipeline.initial-backoff=20ms",
                "security-events.pipeline.max-backoff=100ms",
                "security-events.pipeline.shutdown-timeout=1s",
                "security-events.health.failing-threshold=1s"})
class ShippingHttpsTest {
    static final String API_KEY = "test-api-key";
    static final TestCertificates CERTS = TestCertificates.generate();
    static final TestCollector COLLECTOR = TestCollector.start(CERTS, API_KEY);

    static volatile long testStart;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PrincipleSevenGuard guard;

    @Autowired
    SecurityEvents securityEvents;

    @DynamicPropertySource
    static void destination(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("security-events-shipping");
        Path key = Files.writeString(dir.resolve("api-key"), API_KEY + "\n");
        TlsSettings trust = CERTS.clientTrust(dir);
        registry.add("security-events.destination.url", () -> COLLECTOR.uri().toString());
        registry.add("security-events.destination.api-key-file", key::toString);
        registry.add("security-events.destination.tls.trust-store", () -> trust.trustStore().toString());
        registry.add("security-events.destination.tls.trust-store-password-file",
                () -> trust.trustStorePassword().reference());
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.close();
    }

    @Test
    void propertiesAloneShipTheLoginsToTheCollectorWithHealthMetricsAndEndpoint() throws Exception {
        testStart = System.currentTimeMillis();
        Browser browser = new Browser(port);
        assertThat(browser.login("alice", "wrong").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.post("/login", Map.of("username", "alice", "password", TestApplication.ALICE_PASSWORD,
                "_csrf", browser.loginPageCsrf())).statusCode()).isEqualTo(302);
        assertThat(browser.postWithCsrf("/logout", Map.of()).statusCode()).isEqualTo(302);

        await().atMost(Duration.ofSeconds(10)).until(() -> codes(aliceEvents()).contains("authn_logout"));
        List<JsonNode> alice = aliceEvents();
        assertThat(codes(alice)).containsExactly("authn_login_fail", "authn_login_successafterfail",
                "authn_logout");
        assertThat(alice.get(0).at("/status_detail").asText()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(alice.get(1).at("/unmapped/prior_failure_count").asInt()).isEqualTo(1);
        assertThat(alice).allSatisfy(e -> assertThat(e.at("/metadata/product/name").asText())
                .isEqualTo("shipping-test"));
        // The collector answers 401 to any other credential: every request carried the key from the file.
        assertThat(COLLECTOR.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.authorization()).isEqualTo(API_KEY);
            assertThat(r.outcome()).isEqualTo(200);
        });

        // A platform destination silences the principle 7 guard, even in production.
        assertThat(guard.lastWarning()).isNull();

        // The endpoint's delivery section.
        int delivered = COLLECTOR.events().size();
        JsonNode report = CanonicalEvents.parse(browser.get("/actuator/securityevents").body());
        System.out.println("ACTUATOR securityevents: " + report.toPrettyString());
        JsonNode delivery = report.get("delivery");
        assertThat(delivery.get("destination").asText()).startsWith("https https://127.0.0.1:");
        assertThat(delivery.get("delivered").asLong()).isEqualTo(delivered);
        assertThat(delivery.get("offered").asLong()).isEqualTo(delivered); // every event offered was delivered
        assertThat(delivery.get("droppedTotal").asLong()).isZero();
        assertThat(delivery.at("/dropped/QUEUE_FULL").asLong()).isZero();
        assertThat(delivery.at("/queue/bytes").asLong()).isZero();
        assertThat(delivery.at("/spool/bytes").asLong()).isZero();
        assertThat(delivery.get("failing").asBoolean()).isFalse();
        assertThat(report.get("outputs").toString()).contains("SECURITY_EVENTS_SHIPPING");

        // The meters.
        assertThat(meters.get("security.events.delivered").functionCounter().count()).isEqualTo(delivered);
        assertThat(meters.get("security.events.dropped").tag("reason", DropReason.QUEUE_FULL.name())
                .functionCounter().count()).isZero();
        assertThat(meters.get("security.events.queue.bytes").gauge().value()).isZero();
        assertThat(meters.get("security.events.spool.bytes").gauge().value()).isZero();
        assertThat(meters.get("security.events.delivery.failing").gauge().value()).isZero();

        // Health: UP while delivering.
        HttpResponse<String> up = browser.get("/actuator/health/securityEvents");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(CanonicalEvents.parse(up.body()).get("status").asText()).isEqualTo("UP");

        // The collector fails: UP while within the threshold, DOWN after it, with details.
        COLLECTOR.behaveByDefault(Fault.status(503));
        securityEvents.record(LoginFailure.builder().user(User.builder().name("mallory").build())
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.get("security.events.delivery.failing").gauge().value() == 1);
        assertThat(browser.get("/actuator/health/securityEvents").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> browser.get("/actuator/health/securityEvents").statusCode() == 503);
        JsonNode down = CanonicalEvents.parse(browser.get("/actuator/health/securityEvents").body());
        System.out.println("ACTUATOR health DOWN: " + down.toPrettyString());
        assertThat(down.get("status").asText()).isEqualTo("DOWN");
        assertThat(down.at("/details/failing").asBoolean()).isTrue();
        assertThat(down.at("/details/failingSince").asText()).isNotBlank();
        assertThat(meters.get("security.events.retries").functionCounter().count()).isPositive();

        // It recovers: the held event is delivered and the indicator is UP again.
        COLLECTOR.behaveByDefault(Fault.accept());
        await().atMost(Duration.ofSeconds(5)).until(() -> COLLECTOR.events().stream()
                .anyMatch(e -> "mallory".equals(e.at("/user/name").asText())));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> browser.get("/actuator/health/securityEvents").statusCode() == 200);
        JsonNode after = CanonicalEvents.parse(browser.get("/actuator/securityevents").body());
        assertThat(after.at("/delivery/retried").asLong()).isPositive();
        assertThat(after.at("/delivery/delivered").asLong()).isEqualTo(delivered + 1);
    }

    private static List<JsonNode> aliceEvents() {
        // Only this test's: events other tests emitted in this JVM before any shipping output existed are delivered
        // too, first, from the process-wide startup buffer (and enriched by this application's writer).
        return COLLECTOR.events().stream().filter(e -> "alice".equals(e.at("/user/name").asText()))
                .filter(e -> e.at("/time").asLong() >= testStart)
                .collect(Collectors.toList());
    }

    private static List<String> codes(List<JsonNode> events) {
        return CanonicalEvents.codes(events);
    }
}
