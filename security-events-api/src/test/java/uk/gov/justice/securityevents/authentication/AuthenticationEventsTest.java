package uk.gov.justice.securityevents.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.assertClassification;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.write;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.conformance.IdentityEventFixtures;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.FactorType;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;

class AuthenticationEventsTest {
    private static final User USER = User.ofUid("u-1");
    private static final Session SESSION = Session.of("s-1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "LoginSuccess/required,       1,  Logon,            authn_login_success,          1, 1",
            "LoginSuccess/full,           1,  Logon,            authn_login_success,          1, 1",
            "LoginSuccess/afterFailures,  1,  Logon,            authn_login_successafterfail, 1, 2",
            "LoginFailure/required,       1,  Logon,            authn_login_fail,             2, 3",
            "LoginFailure/full,           1,  Logon,            authn_login_fail,             2, 3",
            "MfaSuccess/required,         99, MFA Verification, authn_mfa_success,            1, 1",
            "MfaSuccess/full,             99, MFA Verification, authn_mfa_success,            1, 1",
            "MfaFailure/required,         99, MFA Verification, authn_mfa_fail,               2, 3",
            "MfaFailure/full,             99, MFA Verification, authn_mfa_fail,               2, 3",
            "Logout/required,             2,  Logoff,           authn_logout,                 1, 1",
            "Logout/full,                 2,  Logoff,           authn_logout,                 1, 1",
            "SessionCreated/required,     1,  Logon,            session_created,              1, 1",
            "SessionCreated/full,         1,  Logon,            session_created,              1, 1",
            "SessionExpired/required,     2,  Logoff,           session_expired,              1, 1",
            "SessionExpired/full,         2,  Logoff,           session_expired,              1, 1",
            "SessionClosed/required,      2,  Logoff,           session_closed,               1, 2",
            "SessionClosed/full,          2,  Logoff,           session_closed,               1, 2",
    })
    void fixturesAreClassifiedAsAuthentication(String fixture, int activityId, String activityName, String eventCode,
            int statusId, int severityId) {
        JsonNode json = writeFixture(fixture);

        assertClassification(json, 3002, activityId, activityName, eventCode, statusId);
        assertThat(json.path("severity_id").asInt()).isEqualTo(severityId);
        assertThat(json.path("user").path("uid").asText()).isEqualTo("u-1001");
    }

    @Test
    void principlesAreLabelled() {
        assertThat(writeFixture("MfaSuccess/required").path("metadata").path("labels").get(0).asText())
                .isEqualTo("moj-principle:1b");
        assertThat(Logout.TYPE.principle().reference()).isEqualTo("1c");
        assertThat(SessionCreated.TYPE.principle().reference()).isEqualTo("1d");
        assertThat(SessionExpired.TYPE.principle().reference()).isEqualTo("1e");
        assertThat(SessionClosed.TYPE.principle().reference()).isEqualTo("1f");
    }

    @Test
    void theServiceAuthenticatedToIsNamedEvenWithoutADestination() {
        JsonNode json = writeFixture("Logout/required");

        assertThat(json.has("dst_endpoint")).isFalse();
        assertThat(json.path("service").path("name").asText()).isEqualTo("svc");
    }

    @Test
    void loginSuccessAfterFailuresCarriesTheCountUnderUnmapped() {
        JsonNode json = writeFixture("LoginSuccess/afterFailures");

        assertThat(json.path("unmapped").path("prior_failure_count").asInt()).isEqualTo(3);
        assertThat(json.has("prior_failure_count")).isFalse();
        assertThat(json.path("dst_endpoint").path("svc_name").asText()).isEqualTo("case-api");
    }

    @Test
    void loginFailureFullCarriesReasonEndpointsSessionAndUserAgent() {
        JsonNode json = writeFixture("LoginFailure/full");

        assertThat(json.path("status_detail").asText()).isEqualTo("ACCOUNT_LOCKED_OUT");
        assertThat(json.path("src_endpoint").path("ip").asText()).isEqualTo("198.51.100.7");
        assertThat(json.path("dst_endpoint").path("ip").asText()).isEqualTo("2001:db8::1");
        assertThat(json.path("session").path("issuer").asText()).isEqualTo("https://idp.example.org");
        assertThat(json.path("http_request").path("user_agent").asText()).contains("Firefox");
        assertThat(json.path("metadata").path("correlation_uid").asText()).isEqualTo("corr-7d1e2f");
        assertThat(json.path("time").asLong()).isEqualTo(IdentityEventFixtures.EARLIER.toEpochMilli());
    }

    @Test
    void mfaSuccessWritesTheFactorAndIsMfa() {
        JsonNode json = writeFixture("MfaSuccess/full");

        assertThat(json.path("is_mfa").asBoolean()).isTrue();
        assertThat(json.path("auth_factors")).hasSize(1);
        assertThat(json.path("auth_factors").get(0).path("factor_type_id").asInt()).isEqualTo(10);
        assertThat(json.path("auth_factors").get(0).path("factor_type").asText()).isEqualTo("WebAuthn");
        assertThat(json.path("auth_factors").get(0).path("provider").asText()).isEqualTo("Security key");
        assertThat(json.has("status_detail")).isFalse();
    }

    @Test
    void mfaFailureWritesThePrefixedReason() {
        JsonNode json = writeFixture("MfaFailure/full");

        assertThat(json.path("status_detail").asText()).isEqualTo("MFA_PUSH_DENIED");
        assertThat(json.path("is_mfa").asBoolean()).isTrue();
        assertThat(json.path("auth_factors").get(0).path("factor_type_id").asInt()).isEqualTo(5);
        for (MfaFailure.Reason r : MfaFailure.Reason.values()) {
            assertThat(MfaFailure.builder().user(USER).factor(AuthFactor.of(FactorType.OTP)).reason(r).build()
                    .statusDetail()).isEqualTo("MFA_" + r.name());
        }
    }

    @Test
    void logoutIsUserInitiated() {
        JsonNode json = writeFixture("Logout/required");

        assertThat(json.path("status_detail").asText()).isEqualTo("LOGOFF_USER_INITIATED");
        assertThat(json.has("session")).isFalse();
    }

    @Test
    void sessionCreatedCarriesItsHashedSession() {
        JsonNode json = writeFixture("SessionCreated/full");

        assertThat(json.path("metadata").path("event_code").asText()).isEqualTo("session_created");
        assertThat(json.path("session").path("uid").asText()).hasSize(Session.HASHED_ID_HEX_LENGTH)
                .doesNotContain("JSESSIONID");
        assertThat(json.path("session").path("created_time").asLong()).isPositive();
        assertThat(json.path("session").path("is_mfa").asBoolean()).isTrue();
    }

    @Test
    void noEventClaimsAFirstTimeLogon() {
        // OCSF is_new_logon means "device not seen before or first-time account logon", which the SDK cannot know.
        assertThat(writeFixture("SessionCreated/full").has("is_new_logon")).isFalse();
        assertThat(writeFixture("LoginSuccess/full").has("is_new_logon")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"IDLE_TIMEOUT, idle_timeout", "ABSOLUTE_TIMEOUT, absolute_timeout"})
    void sessionExpiredWritesTheTimeout(SessionExpired.Reason reason, String expected) {
        JsonNode json = write(SessionExpired.builder().user(USER).session(SESSION).reason(reason).build());

        assertThat(json.path("session").path("expiration_reason").asText()).isEqualTo(expected);
        assertThat(json.path("session").path("uid").asText()).isEqualTo("s-1");
        assertThat(json.path("status_detail").asText()).isEqualTo("LOGOFF_OTHER");
    }

    @ParameterizedTest
    @CsvSource({"CLOSED_BY_SERVER, closed", "REVOKED_BY_USER, revoked", "REVOKED_BY_ADMIN, revoked"})
    void sessionClosedWritesClosedOrRevoked(SessionClosed.Reason reason, String expected) {
        JsonNode json = write(SessionClosed.builder().user(USER).session(SESSION).reason(reason)
                .actor(User.ofUid("a-42")).build());

        assertThat(json.path("session").path("expiration_reason").asText()).isEqualTo(expected);
        assertThat(json.path("status_detail").asText()).isEqualTo("LOGOFF_OTHER");
        assertThat(json.path("unmapped").path("close_reason").asText())
                .isEqualTo(reason.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void sessionRevokedByAdminNamesTheAdminAsActor() {
        JsonNode json = writeFixture("SessionClosed/full");

        assertThat(json.path("actor").path("user").path("uid").asText()).isEqualTo("a-42");
        assertThat(json.path("actor").path("session").path("uid").asText()).isEqualTo("adm-sess-9");
        assertThat(json.path("user").path("uid").asText()).isEqualTo("u-1001");
    }

    @Test
    void severityCanBeOverridden() {
        JsonNode json = write(MfaFailure.builder().user(USER).factor(AuthFactor.of(FactorType.OTP))
                .reason(MfaFailure.Reason.FACTOR_LOCKED).severity(Severity.HIGH).build());

        assertThat(json.path("severity_id").asInt()).isEqualTo(4);
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        AuthFactor otp = AuthFactor.of(FactorType.OTP);
        assertThatThrownBy(() -> LoginSuccess.builder().build()).hasMessage("user is required");
        assertThatThrownBy(() -> LoginFailure.builder().user(USER).build())
                .hasMessage("status_detail (reason) is required");
        assertThatThrownBy(() -> LoginFailure.builder().reason(LoginFailure.Reason.OTHER).build())
                .hasMessage("user is required");
        assertThatThrownBy(() -> MfaSuccess.builder().factor(otp).build()).hasMessage("user is required");
        assertThatThrownBy(() -> MfaSuccess.builder().user(USER).build())
                .hasMessage("auth_factors (factor) is required");
        assertThatThrownBy(() -> MfaFailure.builder().factor(otp).reason(MfaFailure.Reason.OTHER).build())
                .hasMessage("user is required");
        assertThatThrownBy(() -> MfaFailure.builder().user(USER).reason(MfaFailure.Reason.OTHER).build())
                .hasMessage("auth_factors (factor) is required");
        assertThatThrownBy(() -> MfaFailure.builder().user(USER).factor(otp).build())
                .hasMessage("status_detail (reason) is required");
        assertThatThrownBy(() -> Logout.builder().build()).hasMessage("user is required");
        assertThatThrownBy(() -> SessionCreated.builder().session(SESSION).build()).hasMessage("user is required");
        assertThatThrownBy(() -> SessionCreated.builder().user(USER).build()).hasMessage("session is required");
        assertThatThrownBy(() -> SessionExpired.builder().session(SESSION)
                .reason(SessionExpired.Reason.IDLE_TIMEOUT).build()).hasMessage("user is required");
        assertThatThrownBy(() -> SessionExpired.builder().user(USER).reason(SessionExpired.Reason.IDLE_TIMEOUT)
                .build()).hasMessage("session is required");
        assertThatThrownBy(() -> SessionExpired.builder().user(USER).session(SESSION).build())
                .hasMessage("session.expiration_reason (reason) is required");
        assertThatThrownBy(() -> SessionClosed.builder().session(SESSION)
                .reason(SessionClosed.Reason.CLOSED_BY_SERVER).build()).hasMessage("user is required");
        assertThatThrownBy(() -> SessionClosed.builder().user(USER).reason(SessionClosed.Reason.CLOSED_BY_SERVER)
                .build()).hasMessage("session is required");
        assertThatThrownBy(() -> SessionClosed.builder().user(USER).session(SESSION).build())
                .hasMessage("session.expiration_reason (reason) is required");
        assertThatThrownBy(() -> SessionClosed.builder().user(USER).session(SESSION)
                .reason(SessionClosed.Reason.REVOKED_BY_ADMIN).build())
                .hasMessage("actor (the administrator who revoked the session) is required");
    }

    @Test
    void revokedByUserNeedsNoActor() {
        SessionClosed e = SessionClosed.builder().user(USER).session(SESSION)
                .reason(SessionClosed.Reason.REVOKED_BY_USER).build();

        assertThat(e.actor()).isNull();
        assertThat(e.toString()).isEqualTo("session_closed User[uid=u-1] (moj-principle:1f)");
    }

    @Test
    void actorIsWrittenApartFromTheUser() {
        JsonNode json = write(Logout.builder().user(USER).actor(Actor.application("gateway")).build());

        assertThat(json.path("actor").path("app_name").asText()).isEqualTo("gateway");
        assertThat(json.path("user").path("uid").asText()).isEqualTo("u-1");
    }
}
