package uk.gov.justice.securityevents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.write;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.DeviceType;
import uk.gov.justice.securityevents.model.Resource;

class EntityManagementEventTest {
    private static final Resource VM = Resource.of("vm", "i-0abc", "app-01");

    @ParameterizedTest
    @CsvSource({"ON,10,sys_power_on,2", "OFF,11,sys_power_off,3", "REBOOT,99,sys_restart,2",
        "SLEEP,12,sys_power_sleep,2", "HIBERNATE,12,sys_power_hibernate,2", "WAKE,13,sys_power_wake,2"})
    void powerStateMapsToEntityManagementActivities(PowerStateChanged.State state, int activity, String code,
            int severity) {
        JsonNode j = write(PowerStateChanged.builder().state(state)
                .host(Device.builder().hostname("db-01.example.org").ip("198.51.100.7").build()).build());

        assertClassification(j, 3004, activity, code, 1);
        assertThat(j.path("severity_id").asInt()).isEqualTo(severity);
        JsonNode entity = j.path("entity");
        assertThat(entity.path("type_id").asInt()).isEqualTo(1);
        assertThat(entity.path("type").asText()).isEqualTo("Device");
        assertThat(entity.path("name").asText()).isEqualTo("db-01.example.org");
        assertThat(entity.path("device").path("hostname").asText()).isEqualTo("db-01.example.org");
        assertThat(entity.path("device").path("ip").asText()).isEqualTo("198.51.100.7");
        // The host profile's device is still the emitting host.
        assertThat(j.path("device").path("hostname").asText()).isEqualTo("h1");
    }

    @Test
    void rebootIsNamedOther() {
        JsonNode j = writeFixture("PowerStateChanged/reboot");
        assertThat(j.path("activity_name").asText()).isEqualTo("Reboot");
        assertThat(j.path("type_name").asText()).isEqualTo("Entity Management: Reboot");
    }

    @Test
    void fullPowerEventCarriesActorCommentAndSource() {
        JsonNode j = writeFixture("PowerStateChanged/full");
        assertThat(j.path("actor").path("user").path("name").asText()).isEqualTo("jdoe");
        assertThat(j.path("comment").asText()).isEqualTo("CHG-2291 planned maintenance");
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("192.0.2.10");
        assertThat(j.path("entity").path("uid").asText()).isEqualTo("i-0abc123def4567890");
    }

    @ParameterizedTest
    @CsvSource({"ResourceCreated,1,sys_resource_created", "ResourceDeleted,4,sys_resource_deleted",
        "ResourceRegistered,6,sys_resource_registered", "ResourceDeregistered,7,sys_resource_deregistered",
        "ResourceSuspended,12,sys_resource_suspended", "ResourceResumed,13,sys_resource_resumed"})
    void resourceLifecycle(String type, int activity, String code) {
        JsonNode required = writeFixture(type + "/required");
        assertClassification(required, 3004, activity, code, 1);
        assertThat(required.path("entity").path("name").asText()).isEqualTo("case-documents-prod");
        assertThat(required.path("entity").path("type").asText()).isEqualTo("bucket");
        assertThat(required.path("entity").has("type_id")).isFalse();

        JsonNode full = writeFixture(type + "/full");
        assertClassification(full, 3004, activity, code, 1);
        assertThat(full.path("entity").path("device").path("hostname").asText()).isEqualTo("app-01.example.org");
        assertThat(full.path("entity").path("type_id").asInt()).isEqualTo(1);
        assertThat(full.path("actor").isObject()).isTrue();
        assertThat(full.path("comment").isTextual()).isTrue();
    }

    @Test
    void resourceCreatedKeepsVersionAndRegion() {
        JsonNode e = writeFixture("ResourceCreated/full").path("entity");
        assertThat(e.path("uid").asText()).isEqualTo("i-0abc123def4567890");
        assertThat(e.path("version").asText()).isEqualTo("ami-0123456789abcdef0");
        assertThat(e.path("data").path("region").asText()).isEqualTo("eu-west-2");
    }

    @ParameterizedTest
    @CsvSource({"CREATED,1,_created", "MODIFIED,3,_updated", "DELETED,4,_deleted"})
    void firewallAndRoutingRules(RuleChangedEvent.Change change, int activity, String suffix) {
        JsonNode fw = write(FirewallRuleChanged.builder().change(change).rule("sgr-1", "allow-https")
                .ruleText("allow tcp any -> 443").build());
        assertClassification(fw, 3004, activity, "net_fw_rule" + suffix, 1);
        assertThat(fw.path("severity_id").asInt()).isEqualTo(3);
        assertThat(fw.path("entity").path("type").asText()).isEqualTo("firewall_rule");
        assertThat(fw.path("entity").path("data").path("rule").asText()).isEqualTo("allow tcp any -> 443");
        assertThat(fw.path("entity").has("type_id")).isFalse();

        JsonNode route = write(RoutingRuleChanged.builder().change(change).rule("r-1", null).build());
        assertClassification(route, 3004, activity, "net_route" + suffix, 1);
        assertThat(route.path("entity").path("type").asText()).isEqualTo("route");
    }

    @Test
    void aRuleOnAHostIsNotADeviceEntity() {
        JsonNode e = writeFixture("FirewallRuleChanged/full").path("entity");
        assertThat(e.has("type_id")).isFalse();
        assertThat(e.path("type").asText()).isEqualTo("firewall_rule");
        assertThat(e.path("device").path("hostname").asText()).isEqualTo("app-01.example.org");
        assertThat(writeFixture("NetworkChanged/full").path("entity").has("type_id")).isFalse();
    }

    @Test
    void ruleTextIsBounded() {
        FirewallRuleChanged e = FirewallRuleChanged.builder().change(RuleChangedEvent.Change.CREATED)
                .rule("sgr-1", null).ruleText("x".repeat(10_000)).build();
        assertThat(e.ruleText()).hasSize(RuleChangedEvent.MAX_RULE_TEXT_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({"ADDED,VIRTUAL_NETWORK,1,net_network_added,7", "REMOVED,SUBNET,4,net_network_removed,7",
        "MODIFIED,NETWORK_INTERFACE,3,net_network_modified,0"})
    void networkChanges(NetworkChanged.Change change, NetworkChanged.Kind kind, int activity, String code,
            int entityTypeId) {
        JsonNode j = write(NetworkChanged.builder().change(change).kind(kind)
                .entity(Resource.of("vpc", "vpc-0a1b", null)).build());
        assertClassification(j, 3004, activity, code, 1);
        assertThat(j.path("entity").path("type_id").asInt()).isEqualTo(entityTypeId);
        if (entityTypeId == 7) {
            assertThat(j.path("entity").path("type").asText()).isEqualTo("Network Zone");
        }
        assertThat(j.path("unmapped").path("network_kind").asText())
                .isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> PowerStateChanged.builder().state(PowerStateChanged.State.ON).build(), "entity.device");
        assertRejects(() -> PowerStateChanged.builder().host(Device.of(DeviceType.SERVER, "h")).build(),
                "activity_id");
        for (Supplier<SecurityEvent> s : java.util.List.<Supplier<SecurityEvent>>of(
                () -> ResourceCreated.builder().build(), () -> ResourceDeleted.builder().build(),
                () -> ResourceRegistered.builder().build(), () -> ResourceDeregistered.builder().build(),
                () -> ResourceSuspended.builder().build(), () -> ResourceResumed.builder().build(),
                () -> FirewallRuleChanged.builder().change(RuleChangedEvent.Change.CREATED).build(),
                () -> RoutingRuleChanged.builder().change(RuleChangedEvent.Change.CREATED).build(),
                () -> NetworkChanged.builder().change(NetworkChanged.Change.ADDED)
                        .kind(NetworkChanged.Kind.SUBNET).build())) {
            assertRejects(s, "entity is required");
        }
        assertRejects(() -> FirewallRuleChanged.builder().rule("sgr-1", null).build(), "activity_id (change)");
        assertRejects(() -> RoutingRuleChanged.builder().rule("r-1", null).build(), "activity_id (change)");
        assertRejects(() -> NetworkChanged.builder().kind(NetworkChanged.Kind.SUBNET).entity(VM).build(),
                "activity_id (change)");
        assertRejects(() -> NetworkChanged.builder().change(NetworkChanged.Change.ADDED).entity(VM).build(),
                "network_kind");
        assertRejects(() -> ResourceCreated.builder().entity(VM).comment(" ").build(), "comment");
    }

    @ParameterizedTest
    @EnumSource(PowerStateChanged.State.class)
    void everyPowerStateHasItsOwnClassification(PowerStateChanged.State state) {
        PowerStateChanged e = PowerStateChanged.builder().state(state).host(Device.of(DeviceType.SERVER, "h"))
                .build();
        assertThat(PowerStateChanged.TYPE.classification(e.eventCode())).isSameAs(e.classification());
    }

    static void assertRejects(Supplier<? extends SecurityEvent> build, String field) {
        assertThatThrownBy(build::get).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
