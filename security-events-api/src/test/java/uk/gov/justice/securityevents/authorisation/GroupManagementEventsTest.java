package uk.gov.justice.securityevents.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.assertClassification;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.texts;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.write;
import static uk.gov.justice.securityevents.conformance.IdentityTestSupport.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.User;

class GroupManagementEventsTest {
    private static final Group GROUP = Group.named("case-admins");
    private static final User MEMBER = User.ofUid("u-1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "GroupCreated/required,       6,  Create,      authz_group_created,  2a",
            "GroupCreated/full,           6,  Create,      authz_group_created,  2a",
            "GroupModified/required,      99, Update,      authz_group_updated,  2a",
            "GroupModified/full,          99, Update,      authz_group_updated,  2a",
            "GroupDeleted/required,       5,  Delete,      authz_group_deleted,  2a",
            "GroupDeleted/full,           5,  Delete,      authz_group_deleted,  2a",
            "RoleCreated/required,        6,  Create,      authz_role_created,   2a",
            "RoleCreated/full,            6,  Create,      authz_role_created,   2a",
            "RoleModified/required,       99, Update,      authz_role_updated,   2a",
            "RoleModified/full,           99, Update,      authz_role_updated,   2a",
            "RoleDeleted/required,        5,  Delete,      authz_role_deleted,   2a",
            "RoleDeleted/full,            5,  Delete,      authz_role_deleted,   2a",
            "GroupMemberAdded/required,   3,  Add User,    authz_member_added,   2b",
            "GroupMemberAdded/full,       3,  Add User,    authz_member_added,   2b",
            "GroupMemberRemoved/required, 4,  Remove User, authz_member_removed, 2b",
            "GroupMemberRemoved/full,     4,  Remove User, authz_member_removed, 2b",
    })
    void fixturesAreClassifiedAsGroupManagement(String fixture, int activityId, String activityName,
            String eventCode, String principle) {
        JsonNode json = writeFixture(fixture);

        assertClassification(json, 3006, activityId, activityName, eventCode, 1);
        assertThat(json.path("class_name").asText()).isEqualTo("Group Management");
        assertThat(json.path("severity_id").asInt()).isEqualTo(2);
        assertThat(json.path("group").path("name").asText()).isNotEmpty();
        assertThat(texts(json.path("metadata").path("labels"))).contains("moj-principle:" + principle);
    }

    @Test
    void groupCreatedFullCarriesGroupPrivilegesAndAdmin() {
        JsonNode json = writeFixture("GroupCreated/full");

        assertThat(json.path("group").path("uid").asText()).isEqualTo("g-20");
        assertThat(json.path("group").path("type").asText()).isEqualTo("security");
        assertThat(texts(json.path("group").path("privileges"))).containsExactly("admin");
        assertThat(texts(json.path("privileges"))).containsExactly("admin");
        assertThat(json.path("actor").path("user").path("name").asText()).isEqualTo("asmith");
        assertThat(json.path("src_endpoint").path("ip").asText()).isEqualTo("198.51.100.7");
        assertThat(json.has("user")).isFalse();
        assertThat(json.has("unmapped")).isFalse();
    }

    @Test
    void modifiedEventsListTheChangedAttributesUnderUnmapped() {
        JsonNode json = writeFixture("GroupModified/full");

        assertThat(texts(json.path("unmapped").path("changed_attributes"))).containsExactly("description", "owner");
        assertThat(json.has("changed_attributes")).isFalse();
        assertThat(writeFixture("GroupModified/required").has("unmapped")).isFalse();
        assertThat(texts(writeFixture("RoleModified/full").path("unmapped").path("changed_attributes")))
                .containsExactly("privileges");
    }

    @Test
    void rolesAreWrittenAsGroupsOfTypeRole() {
        for (String fixture : List.of("RoleCreated/required", "RoleModified/full", "RoleDeleted/full")) {
            assertThat(writeFixture(fixture).path("group").path("type").asText()).as(fixture).isEqualTo("role");
        }
        RoleCreated typed = RoleCreated.builder().role(Group.named("auditor").withType("security")).build();
        assertThat(typed.role().type()).isEqualTo("role");
        assertThat(typed.group()).isSameAs(typed.role());
    }

    @Test
    void groupTypeIsKeptForGroups() {
        assertThat(writeFixture("GroupDeleted/required").path("group").has("type")).isFalse();
    }

    @Test
    void membershipEventsNameTheMemberAndFlagPrivilegedGroups() {
        JsonNode added = writeFixture("GroupMemberAdded/full");

        assertThat(added.path("user").path("uid").asText()).isEqualTo("u-1001");
        assertThat(added.path("group").path("name").asText()).isEqualTo("case-admins");
        assertThat(added.path("unmapped").path("privileged_group").asBoolean()).isTrue();
        assertThat(writeFixture("GroupMemberRemoved/full").path("unmapped").path("privileged_group").asBoolean())
                .isTrue();
        assertThat(writeFixture("GroupMemberAdded/required").has("unmapped")).isFalse();
        JsonNode notPrivileged = write(GroupMemberRemoved.builder().group(GROUP).user(MEMBER).privilegedGroup(false)
                .build());
        assertThat(notPrivileged.path("unmapped").path("privileged_group").isBoolean()).isTrue();
        assertThat(notPrivileged.path("unmapped").path("privileged_group").asBoolean()).isFalse();
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertThatThrownBy(() -> GroupCreated.builder().build()).hasMessage("group is required");
        assertThatThrownBy(() -> GroupModified.builder().build()).hasMessage("group is required");
        assertThatThrownBy(() -> GroupDeleted.builder().build()).hasMessage("group is required");
        assertThatThrownBy(() -> RoleCreated.builder().build()).hasMessage("group (role) is required");
        assertThatThrownBy(() -> RoleModified.builder().build()).hasMessage("group (role) is required");
        assertThatThrownBy(() -> RoleDeleted.builder().build()).hasMessage("group (role) is required");
        assertThatThrownBy(() -> GroupMemberAdded.builder().user(MEMBER).build()).hasMessage("group is required");
        assertThatThrownBy(() -> GroupMemberAdded.builder().group(GROUP).build())
                .hasMessage("user (member) is required");
        assertThatThrownBy(() -> GroupMemberRemoved.builder().user(MEMBER).build())
                .hasMessage("group is required");
        assertThatThrownBy(() -> GroupMemberRemoved.builder().group(GROUP).build())
                .hasMessage("user (member) is required");
    }

    @Test
    void listsRejectNullsAndAreCopied() {
        assertThatThrownBy(() -> GroupCreated.builder().group(GROUP).privileges(Arrays.asList("admin", null))
                .build()).hasMessage("privileges[1] must not be null");
        assertThatThrownBy(() -> GroupCreated.builder().group(GROUP).privileges(List.of(" ")).build())
                .hasMessage("privileges[0] must not be blank");
        assertThatThrownBy(() -> GroupModified.builder().group(GROUP).changedAttributes(Arrays.asList((String) null))
                .build()).hasMessage("unmapped.changed_attributes[0] must not be null");
        List<String> privileges = new java.util.ArrayList<>(List.of("admin"));
        GroupCreated e = GroupCreated.builder().group(GROUP).privileges(privileges).build();
        privileges.add("root");
        assertThat(e.privileges()).containsExactly("admin");
        assertThatThrownBy(() -> e.privileges().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
