package uk.gov.justice.securityevents.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.spring.internal.logback.LogbackOutputInstaller;
import uk.gov.justice.securityevents.spring.support.Browser;
import uk.gov.justice.securityevents.spring.support.CanonicalEvents;
import uk.gov.justice.securityevents.spring.testapp.TestApplication;

/**
 * A real server on a random port, real HTTP logins with cookies and CSRF tokens, and the canonical NDJSON that the
 * starter's own stdout appender writes: the exact sequence of events, one per occurrence.
 */
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // its Logback listeners must not outlive the class: other tests start their own contexts
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=bridge-test", "security-events.tenant=hmpps",
                "security-events.platform-covered-principles=3a,5A",
                "management.endpoints.web.exposure.include=securityevents"})
class SpringSecurityBridgeTest {
    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meterRegistry;

    @Test
    void oneJourneyGivesExactlyTheseEventsInOrder(CapturedOutput output) throws Exception {
        int start = output.getOut().length();
        Browser browser = new Browser(port);

        // Bad then good password: the first GET /login creates the anonymous session holding the CSRF token.
        assertThat(browser.login("alice", "wrong").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?error"));
        String preLoginSession = browser.sessionId();
        HttpResponse<String> ok = browser.post("/login",
                Map.of("username", "alice", "password", TestApplication.ALICE_PASSWORD, "_csrf",
                        browser.loginPageCsrf()));
        assertThat(ok.statusCode()).isEqualTo(302);
        String aliceSession = browser.sessionId();
        assertThat(aliceSession).isNotEqualTo(preLoginSession); // session fixation protection renewed it

        // A page she may not see, then log out.
        assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
        assertThat(browser.postWithCsrf("/logout", Map.of()).statusCode()).isEqualTo(302);

        // Log in again, let the session time out, come back.
        assertThat(browser.login("alice", TestApplication.ALICE_PASSWORD).statusCode()).isEqualTo(302);
        String expiringSession = browser.sessionId();
        assertThat(browser.get("/short-session").body()).isEqualTo("ok");
        Thread.sleep(2_200);
        assertThat(browser.get("/").statusCode()).isEqualTo(302); // back to the login page

        // An administrator switches to alice and back.
        assertThat(browser.login("admin", TestApplication.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        String adminSession = browser.sessionId();
        assertThat(browser.postWithCsrf("/login/impersonate", Map.of("username", "alice")).statusCode())
                .isEqualTo(302);
        assertThat(browser.get("/").body()).isEqualTo("hello alice");
        assertThat(browser.postWithCsrf("/logout/impersonate", Map.of()).statusCode()).isEqualTo(302);
        assertThat(browser.get("/").body()).isEqualTo("hello admin");

        String captured = output.getOut().substring(start);
        List<JsonNode> events = CanonicalEvents.in(captured);
        assertThat(CanonicalEvents.codes(events)).containsExactly(
                "session_created",               // GET /login: anonymous session for the CSRF token
                "authn_login_fail",              // wrong password
                "authn_login_successafterfail",  // one LoginSuccess, not two (spring-boot#4355)
                "authz_fail",                    // GET /admin as alice
                "authn_logout",                  // the logout, carrying the session it ended
                "session_created",               // GET /login again
                "authn_login_success",           // no failures since the last success
                "session_expired",               // idle timeout, seen when she came back
                "session_created",               // the saved request's new anonymous session
                "authn_login_success",           // admin
                "authz_elevated",                // admin becomes alice
                "authz_elevation_ended");        // and back

        JsonNode failure = events.get(1);
        assertThat(failure.at("/user/name").asText()).isEqualTo("alice");
        assertThat(failure.at("/status_detail").asText()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(failure.at("/session/uid").asText()).isEqualTo(hash(preLoginSession));

        JsonNode success = events.get(2);
        assertThat(success.at("/user/name").asText()).isEqualTo("alice");
        assertThat(success.at("/unmapped/prior_failure_count").asInt()).isEqualTo(1);
        assertThat(success.at("/session/uid").asText()).isEqualTo(hash(aliceSession));
        assertThat(success.at("/http_request/user_agent").asText()).startsWith("Java-http-client");

        JsonNode denied = events.get(3);
        assertThat(denied.at("/actor/user/name").asText()).isEqualTo("alice");
        assertThat(denied.at("/api/operation").asText()).isEqualTo("GET /admin");
        assertThat(denied.at("/status_detail").asText()).isEqualTo("MISSING_AUTHORITY");

        JsonNode logout = events.get(4);
        assertThat(logout.at("/user/name").asText()).isEqualTo("alice");
        assertThat(logout.at("/session/uid").asText()).isEqualTo(hash(aliceSession));

        assertThat(events.get(6).at("/unmapped/prior_failure_count").asInt()).isZero();
        JsonNode expired = events.get(7);
        assertThat(expired.at("/user/name").asText()).isEqualTo("alice");
        assertThat(expired.at("/session/uid").asText()).isEqualTo(hash(expiringSession));
        assertThat(expired.at("/session/expiration_reason").asText()).isEqualTo("idle_timeout");

        assertThat(events.get(9).at("/user/name").asText()).isEqualTo("admin");
        JsonNode elevated = events.get(10);
        JsonNode ended = events.get(11);
        assertThat(elevated.at("/user/name").asText()).isEqualTo("alice");
        assertThat(elevated.at("/actor/user/name").asText()).isEqualTo("admin");
        assertThat(elevated.at("/session/uid").asText()).isEqualTo(hash(adminSession));
        assertThat(ended.at("/user/name").asText()).isEqualTo("alice");
        assertThat(ended.at("/actor/user/name").asText()).isEqualTo("admin");
        assertThat(elevated.at("/metadata/correlation_uid").asText()).isNotBlank()
                .isEqualTo(ended.at("/metadata/correlation_uid").asText());

        for (JsonNode e : events) {
            assertThat(e.at("/metadata/product/name").asText()).isEqualTo("bridge-test");
            assertThat(e.at("/metadata/tenant_uid").asText()).isEqualTo("hmpps");
            if (e.has("src_endpoint")) {
                assertThat(e.at("/src_endpoint/ip").asText()).isEqualTo("127.0.0.1");
            }
            assertThat(e.at("/session/uid").asText("")).matches("|[0-9a-f]{32}");
        }
        assertThat(events.stream().filter(e -> e.has("src_endpoint")).count()).isGreaterThanOrEqualTo(10);
        // The raw session ids (bearer credentials) never reach the output, canonical or human.
        assertThat(browser.sessionIdsSeen()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(raw -> assertThat(captured).doesNotContain(raw));
    }

    @Test
    void exactlyOneCanonicalAppenderIsInstalledOnStdout() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger events = context.getLogger(SecurityEvents.LOGGER_NAME);
        List<String> names = new ArrayList<>();
        events.iteratorForAppenders().forEachRemaining(a -> names.add(a.getName()));
        assertThat(names).containsExactlyInAnyOrder(LogbackOutputInstaller.CONSOLE_APPENDER_NAME,
                LogbackOutputInstaller.TAP_APPENDER_NAME);
        assertThat(events.isAdditive()).isFalse(); // each event once on stdout, as JSON only
    }

    @Test
    void actuatorEndpointReturnsTheCoverageTable() {
        Browser browser = new Browser(port);
        browser.login("alice", TestApplication.ALICE_PASSWORD);
        HttpResponse<String> response = browser.get("/actuator/securityevents");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = CanonicalEvents.parse(response.body());
        assertThat(report.at("/service/name").asText()).isEqualTo("bridge-test");
        assertThat(report.at("/service/tenant").asText()).isEqualTo("hmpps");
        JsonNode login = row(report, "1a");
        assertThat(login.get("emitted").asLong()).isPositive();
        assertThat(login.get("covered").asBoolean()).isTrue();
        assertThat(login.get("platformCovered").asBoolean()).isFalse();
        JsonNode power = row(report, "3a");
        // The StartupEmitter's ServiceStarted, emitted before the context was ready, was counted too.
        assertThat(power.get("emitted").asLong()).isPositive();
        assertThat(power.get("platformCovered").asBoolean()).isTrue();
        JsonNode network = row(report, "5a");
        assertThat(network.get("emitted").asLong()).isZero();
        assertThat(network.get("covered").asBoolean()).isTrue();
        assertThat(row(report, "4a").get("covered").asBoolean()).isFalse();
        assertThat(report.at("/totalItems").asInt()).isEqualTo(26);
        assertThat(report.at("/eventCodes/authn_login_success").asLong()).isPositive();
        assertThat(report.at("/outputs/0").asText()).contains("stdout").contains("SECURITY_EVENTS_STDOUT");
        assertThat(report.has("delivery")).isFalse(); // filled by the transport later, never invented

        assertThat(meterRegistry.get("security.events.emitted").tag("event.code", "authn_login_success")
                .tag("principle", "1a").counter().count()).isPositive();
    }

    private static JsonNode row(JsonNode report, String reference) {
        for (JsonNode row : report.get("principles")) {
            if (row.get("reference").asText().equals(reference)) {
                return row;
            }
        }
        throw new AssertionError("no row " + reference + " in " + report);
    }

    private static String hash(String rawSessionId) {
        return Session.fromRawId(rawSessionId).uid();
    }
}
