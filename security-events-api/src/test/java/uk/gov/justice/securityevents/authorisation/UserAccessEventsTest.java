package uk.gov.justice.securityevents.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.assertClassification;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.texts;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.account.UserPrivilegesChanged;
import uk.gov.justice.securityevents.model.User;

class UserAccessEventsTest {
    private static final User USER = User.ofUid("u-1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "RoleAssigned/required,          1, Assign Privileges, authz_role_assigned,       2, 2b",
            "RoleAssigned/full,              1, Assign Privileges, authz_role_assigned,       2, 2b",
            "RoleRevoked/required,           2, Revoke Privileges, authz_role_revoked,        2, 2b",
            "RoleRevoked/full,               2, Revoke Privileges, authz_role_revoked,        2, 2b",
            "UserPrivilegesChanged/required, 1, Assign Privileges, authz_privileges_assigned, 3, ud",
            "UserPrivilegesChanged/full,     1, Assign Privileges, authz_privileges_assigned, 3, ud",
            "UserPrivilegesChanged/revoked,  2, Revoke Privileges, authz_privileges_revoked,  3, ud",
    })
    void fixturesAreClassifiedAsUserAccessManagement(String fixture, int activityId, String activityName,
            String eventCode, int severityId, String principle) {
        JsonNode json = writeFixture(fixture);

        assertClassification(json, 3005, activityId, activityName, eventCode, 1);
        assertThat(json.path("class_name").asText()).isEqualTo("User Access Management");
        assertThat(json.path("severity_id").asInt()).isEqualTo(severityId);
        assertThat(json.path("user").path("uid").asText()).isEqualTo("u-1001");
        assertThat(json.path("privileges").size()).isPositive();
        assertThat(texts(json.path("metadata").path("labels"))).contains("moj-principle:" + principle);
    }

    @Test
    void roleNamesAreThePrivileges() {
        JsonNode json = writeFixture("RoleAssigned/full");

        assertThat(texts(json.path("privileges"))).containsExactly("auditor", "reviewer");
        assertThat(json.path("actor").path("user").path("uid").asText()).isEqualTo("a-42");
        assertThat(json.path("src_endpoint").path("port").asInt()).isEqualTo(51544);
    }

    @Test
    void privilegeChangesCarryTheGrantedPrivileges() {
        JsonNode json = writeFixture("UserPrivilegesChanged/full");

        assertThat(texts(json.path("privileges")))
                .containsExactly("arn:aws:iam::111122223333:role/CaseReader", "s3:GetObject");
        assertThat(json.path("message").asText()).isEqualTo("Role delegation granted");
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        List<String> roles = List.of("auditor");
        assertThatThrownBy(() -> RoleAssigned.builder().roles(roles).build()).hasMessage("user is required");
        assertThatThrownBy(() -> RoleAssigned.builder().user(USER).build()).hasMessage("privileges is required");
        assertThatThrownBy(() -> RoleAssigned.builder().user(USER).roles(List.of()).build())
                .hasMessage("privileges must not be empty");
        assertThatThrownBy(() -> RoleRevoked.builder().roles(roles).build()).hasMessage("user is required");
        assertThatThrownBy(() -> RoleRevoked.builder().user(USER).build()).hasMessage("privileges is required");
        assertThatThrownBy(() -> RoleRevoked.builder().user(USER).roles(Arrays.asList("a", null)).build())
                .hasMessage("privileges[1] must not be null");
        assertThatThrownBy(() -> UserPrivilegesChanged.builder().privileges(roles)
                .change(UserPrivilegesChanged.Change.GRANTED).build()).hasMessage("user is required");
        assertThatThrownBy(() -> UserPrivilegesChanged.builder().user(USER)
                .change(UserPrivilegesChanged.Change.GRANTED).build()).hasMessage("privileges is required");
        assertThatThrownBy(() -> UserPrivilegesChanged.builder().user(USER).privileges(roles).build())
                .hasMessage("activity_id (change) is required");
    }
}
