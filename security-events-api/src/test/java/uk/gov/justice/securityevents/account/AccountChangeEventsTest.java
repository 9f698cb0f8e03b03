package uk.gov.justice.securityevents.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.assertClassification;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.FactorType;
import uk.gov.justice.securityevents.model.User;

class AccountChangeEventsTest {
    private static final User USER = User.ofUid("u-1");
    private static final AuthFactor OTP = AuthFactor.of(FactorType.OTP);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "AccountCreated/required,    1,  Create,             user_created,          2",
            "AccountCreated/full,        1,  Create,             user_created,          2",
            "AccountLocked/required,     9,  Lock,               authn_login_lock,      3",
            "AccountLocked/full,         9,  Lock,               authn_login_lock,      3",
            "AccountReinstated/required, 12, Unlock,             user_unlocked,         2",
            "AccountReinstated/full,     12, Unlock,             user_unlocked,         2",
            "AccountReinstated/enabled,  2,  Enable,             user_enabled,          2",
            "PasswordChanged/required,   3,  Password Change,    authn_password_change, 2",
            "PasswordChanged/full,       3,  Password Change,    authn_password_change, 2",
            "PasswordReset/required,     4,  Password Reset,     authn_password_reset,  2",
            "PasswordReset/full,         4,  Password Reset,     authn_password_reset,  2",
            "MfaFactorEnabled/required,  10, MFA Factor Enable,  authn_mfa_enabled,     2",
            "MfaFactorEnabled/full,      10, MFA Factor Enable,  authn_mfa_enabled,     2",
            "MfaFactorDisabled/required, 11, MFA Factor Disable, authn_mfa_disabled,    3",
            "MfaFactorDisabled/full,     11, MFA Factor Disable, authn_mfa_disabled,    3",
            "MfaFactorReset/required,    99, MFA Factor Reset,   authn_mfa_reset,       3",
            "MfaFactorReset/full,        99, MFA Factor Reset,   authn_mfa_reset,       3",
    })
    void fixturesAreClassifiedAsAccountChange(String fixture, int activityId, String activityName, String eventCode,
            int severityId) {
        JsonNode json = writeFixture(fixture);

        assertClassification(json, 3001, activityId, activityName, eventCode, 1);
        assertThat(json.path("class_name").asText()).isEqualTo("Account Change");
        assertThat(json.path("severity_id").asInt()).isEqualTo(severityId);
        assertThat(json.path("user").path("uid").asText()).isEqualTo("u-1001");
        assertThat(json.path("metadata").path("labels").get(0).asText()).isEqualTo("moj-principle:ud");
    }

    @Test
    void mfaRecoveryIsAnAuthentication() {
        JsonNode json = writeFixture("MfaRecoveryUsed/full");

        assertClassification(json, 3002, 99, "MFA Recovery", "authn_mfa_recovery_used", 1);
        assertThat(json.path("severity_id").asInt()).isEqualTo(3);
        assertThat(json.path("auth_factors").get(0).path("factor_type_id").asInt()).isEqualTo(7);
        assertThat(json.path("auth_factors").get(0).path("provider").asText()).isEqualTo("Backup codes");
        assertThat(json.path("metadata").path("labels").get(0).asText()).isEqualTo("moj-principle:ud");
        JsonNode minimal = writeFixture("MfaRecoveryUsed/required");
        assertClassification(minimal, 3002, 99, "MFA Recovery", "authn_mfa_recovery_used", 1);
        assertThat(minimal.path("auth_factors").get(0).path("factor_type").asText()).isEqualTo("Security Question");
    }

    @Test
    void accountCreatedNamesTheCreatorApartFromTheAccount() {
        JsonNode json = writeFixture("AccountCreated/full");

        assertThat(json.path("user").path("email_addr").asText()).isEqualTo("jdoe@example.org");
        assertThat(json.path("actor").path("user").path("uid").asText()).isEqualTo("a-42");
        assertThat(json.path("src_endpoint").path("hostname").asText()).isEqualTo("laptop-17.example.org");
        assertThat(json.has("auth_factors")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"MAX_RETRIES", "SUSPICIOUS_ACTIVITY", "ADMIN_ACTION", "OTHER"})
    void lockReasonIsTheStatusDetail(AccountLocked.Reason reason) {
        AccountLocked e = AccountLocked.builder().user(USER).reason(reason).build();

        assertThat(e.statusDetail()).isEqualTo(reason.name());
        assertThat(writeFixture("AccountLocked/full").path("status_detail").asText()).isEqualTo("ADMIN_ACTION");
    }

    @Test
    void mfaFactorEventsWriteTheFactor() {
        JsonNode enabled = writeFixture("MfaFactorEnabled/full");
        assertThat(enabled.path("auth_factors").get(0).path("factor_type_id").asInt()).isEqualTo(10);
        assertThat(enabled.path("actor").path("user").path("uid").asText()).isEqualTo("u-1001");

        JsonNode disabled = writeFixture("MfaFactorDisabled/full");
        assertThat(disabled.path("auth_factors").get(0).path("factor_type").asText()).isEqualTo("SMS");
        assertThat(disabled.path("auth_factors").get(0).path("provider").asText()).isEqualTo("GOV.UK Notify");

        assertThat(writeFixture("MfaFactorReset/required").has("auth_factors")).isFalse();
        assertThat(writeFixture("MfaFactorReset/full").path("auth_factors")).hasSize(1);
    }

    @Test
    void passwordEventsHaveNoSecretFields() {
        for (Class<?> c : new Class<?>[] {PasswordChanged.Builder.class, PasswordReset.Builder.class,
                AccountCreated.Builder.class}) {
            for (Method m : c.getMethods()) {
                assertThat(m.getName().toLowerCase(Locale.ROOT)).as(c.getName())
                        .doesNotContain("password", "token", "secret");
            }
        }
        assertThat(writeFixture("PasswordReset/full").toString().toLowerCase(Locale.ROOT))
                .doesNotContain("\"password\"");
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertThatThrownBy(() -> AccountCreated.builder().build()).hasMessage("user is required");
        assertThatThrownBy(() -> AccountLocked.builder().reason(AccountLocked.Reason.OTHER).build())
                .hasMessage("user is required");
        assertThatThrownBy(() -> AccountLocked.builder().user(USER).build())
                .hasMessage("status_detail (reason) is required");
        assertThatThrownBy(() -> AccountReinstated.builder().how(AccountReinstated.How.ENABLED).build())
                .hasMessage("user is required");
        assertThatThrownBy(() -> AccountReinstated.builder().user(USER).build())
                .hasMessage("activity_id (how) is required");
        assertThatThrownBy(() -> PasswordChanged.builder().build()).hasMessage("user is required");
        assertThatThrownBy(() -> PasswordReset.builder().build()).hasMessage("user is required");
        assertThatThrownBy(() -> MfaFactorEnabled.builder().factor(OTP).build()).hasMessage("user is required");
        assertThatThrownBy(() -> MfaFactorEnabled.builder().user(USER).build())
                .hasMessage("auth_factors (factor) is required");
        assertThatThrownBy(() -> MfaFactorDisabled.builder().factor(OTP).build()).hasMessage("user is required");
        assertThatThrownBy(() -> MfaFactorDisabled.builder().user(USER).build())
                .hasMessage("auth_factors (factor) is required");
        assertThatThrownBy(() -> MfaFactorReset.builder().build()).hasMessage("user is required");
        assertThatThrownBy(() -> MfaRecoveryUsed.builder().factor(OTP).build()).hasMessage("user is required");
        assertThatThrownBy(() -> MfaRecoveryUsed.builder().user(USER).build())
                .hasMessage("auth_factors (factor) is required");
    }
}
