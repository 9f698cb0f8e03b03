package uk.gov.justice.securityevents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;
import static uk.gov.justice.securityevents.infrastructure.EntityManagementEventTest.assertRejects;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.model.Application;

class ApplicationLifecycleEventTest {
    @Test
    void serviceStartAndStop() {
        JsonNode start = writeFixture("ServiceStarted/full");
        assertClassification(start, 6002, 3, "sys_startup", 1);
        assertThat(start.path("severity_id").asInt()).isEqualTo(1);
        assertThat(start.path("app").path("name").asText()).isEqualTo("case-api");
        assertThat(start.path("app").path("version").asText()).isEqualTo("2.3.1");
        assertThat(start.path("app").path("vendor_name").asText()).isEqualTo("Ministry of Justice");
        assertThat(start.path("app").path("uid").asText()).isEqualTo("pkg:maven/uk.gov.justice/case-api@2.3.1");
        assertThat(start.path("device").path("hostname").asText()).isEqualTo("h1");

        JsonNode stop = writeFixture("ServiceStopped/required");
        assertClassification(stop, 6002, 4, "sys_shutdown", 1);
        assertThat(stop.path("severity_id").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"required,1,sys_update_installed,1,1", "full,8,sys_update_updated,1,1",
        "removed,2,sys_update_removed,1,2", "failed,8,sys_update_failed,2,3"})
    void softwareUpdate(String variant, int activity, String code, int status, int severity) {
        JsonNode j = writeFixture("SoftwareUpdate/" + variant);
        assertClassification(j, 6002, activity, code, status);
        assertThat(j.path("severity_id").asInt()).isEqualTo(severity);
        assertThat(j.path("app").path("name").asText()).isEqualTo("openssl");
    }

    @Test
    void updateKeepsPreviousVersionUnmappedAndFailureReason() {
        JsonNode j = writeFixture("SoftwareUpdate/failed");
        assertThat(j.path("app").path("version").asText()).isEqualTo("3.0.13");
        assertThat(j.path("unmapped").path("previous_version").asText()).isEqualTo("3.0.2");
        assertThat(j.path("status").asText()).isEqualTo("Failure");
        assertThat(j.path("status_detail").asText()).isEqualTo("CHECKSUM_MISMATCH");
        assertThat(j.has("previous_version")).isFalse();
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> ServiceStarted.builder().build(), "app is required");
        assertRejects(() -> ServiceStopped.builder().build(), "app is required");
        assertRejects(() -> SoftwareUpdate.builder().action(SoftwareUpdate.Action.UPDATED).build(),
                "app is required");
        assertRejects(() -> SoftwareUpdate.builder().app(Application.of("openssl", "3")).build(),
                "activity_id (action)");
        assertRejects(() -> SoftwareUpdate.builder().app(Application.of("openssl", "3"))
                .action(SoftwareUpdate.Action.UPDATED).failureReason("X").build(), "status_detail");
    }
}
