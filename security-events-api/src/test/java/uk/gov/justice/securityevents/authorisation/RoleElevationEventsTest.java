package uk.gov.justice.securityevents.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.assertClassification;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.write;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;

class RoleElevationEventsTest {
    private static final User ROOT = User.ofUid("root");
    private static final User REQUESTER = User.ofUid("u-1");

    @Test
    void elevationIsAnAccountSwitch() {
        JsonNode json = writeFixture("RoleElevation/full");

        assertClassification(json, 3002, 7, "Account Switch", "authz_elevated", 1);
        assertThat(json.path("severity_id").asInt()).isEqualTo(3);
        assertThat(json.path("metadata").path("labels").get(0).asText()).isEqualTo("moj-principle:2c");
        assertThat(json.path("user").path("name").asText()).isEqualTo("prod-admin");
        assertThat(json.path("actor").path("user").path("uid").asText()).isEqualTo("u-1001");
        assertThat(json.path("actor").path("session").path("uid").asText()).isEqualTo("sess-4b1d");
        assertThat(json.path("account_switch_type_id").asInt()).isEqualTo(1);
        assertThat(json.path("account_switch_type").asText()).isEqualTo("Substitute User");
        assertThat(json.path("unmapped").path("elevated_role").asText()).isEqualTo("prod-admin");
        assertThat(json.path("metadata").path("correlation_uid").asText()).isEqualTo("corr-7d1e2f");
    }

    @Test
    void expiryBecomesTheSessionExpirationTimeKeepingTheSession() {
        JsonNode json = writeFixture("RoleElevation/full");

        assertThat(json.path("session").path("expiration_time").asLong())
                .isEqualTo(Instant.parse("2026-05-01T11:15:30Z").toEpochMilli());
        assertThat(json.path("session").path("issuer").asText()).isEqualTo("https://idp.example.org");
        assertThat(json.path("session").path("is_remote").asBoolean()).isTrue();

        JsonNode noSession = write(RoleElevation.builder().user(ROOT).actor(REQUESTER)
                .expiresAt(Instant.parse("2026-05-01T11:00:00Z")).build());
        assertThat(noSession.path("session").path("expiration_time").asLong())
                .isEqualTo(Instant.parse("2026-05-01T11:00:00Z").toEpochMilli());
        assertThat(noSession.path("session").has("uid")).isFalse();
    }

    @Test
    void minimalElevationDefaultsToSubstituteUser() {
        JsonNode json = writeFixture("RoleElevation/required");

        assertClassification(json, 3002, 7, "Account Switch", "authz_elevated", 1);
        assertThat(json.path("account_switch_type_id").asInt()).isEqualTo(1);
        assertThat(json.has("session")).isFalse();
        assertThat(json.has("unmapped")).isFalse();
    }

    @Test
    void impersonationIsSwitchTypeTwo() {
        JsonNode json = write(RoleElevation.builder().user(User.ofUid("customer-9")).actor(User.ofUid("support-3"))
                .switchType(ElevationEvent.SwitchType.IMPERSONATE).build());

        assertThat(json.path("account_switch_type_id").asInt()).isEqualTo(2);
        assertThat(json.path("account_switch_type").asText()).isEqualTo("Impersonate");
    }

    @Test
    void elevationEndedIsALogoffOfTheSameShape() {
        JsonNode json = writeFixture("RoleElevationEnded/full");

        assertClassification(json, 3002, 2, "Logoff", "authz_elevation_ended", 1);
        assertThat(json.path("severity_id").asInt()).isEqualTo(2);
        assertThat(json.path("user").path("name").asText()).isEqualTo("prod-admin");
        assertThat(json.path("actor").path("user").path("uid").asText()).isEqualTo("u-1001");
        assertThat(json.path("unmapped").path("elevated_role").asText()).isEqualTo("prod-admin");
        assertThat(json.path("metadata").path("correlation_uid").asText()).isEqualTo("corr-7d1e2f");
        assertClassification(writeFixture("RoleElevationEnded/required"), 3002, 2, "Logoff",
                "authz_elevation_ended", 1);
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertThatThrownBy(() -> RoleElevation.builder().actor(REQUESTER).build()).hasMessage("user is required");
        assertThatThrownBy(() -> RoleElevation.builder().user(ROOT).build())
                .hasMessage("actor (requester) is required");
        assertThatThrownBy(() -> RoleElevationEnded.builder().actor(REQUESTER).build())
                .hasMessage("user is required");
        assertThatThrownBy(() -> RoleElevationEnded.builder().user(ROOT).build())
                .hasMessage("actor (requester) is required");
        assertThatThrownBy(() -> RoleElevation.builder().switchType(null))
                .hasMessage("account_switch_type_id (switchType) is required");
    }

    @Test
    void summaryNamesRequesterAndAssumedIdentity() {
        RoleElevation e = RoleElevation.builder().user(ROOT).actor(REQUESTER).session(Session.of("s-1")).build();

        assertThat(e.toString()).isEqualTo("authz_elevated User[uid=u-1] as User[uid=root]"
                + " (moj-principle:2c)");
    }
}
