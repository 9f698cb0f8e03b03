package uk.gov.justice.securityevents.contextual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.write;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.model.Application;
import uk.gov.justice.securityevents.model.User;

class ContextualEventsTest {
    @Test
    void detectionIsANewAlertFinding() {
        JsonNode j = writeFixture("SecurityDetection/full");
        assertClassification(j, 2004, 1, "sec_detection", 1);
        assertThat(j.path("status").asText()).isEqualTo("New");
        assertThat(j.path("severity_id").asInt()).isEqualTo(4);
        assertThat(j.path("is_alert").asBoolean()).isTrue();
        JsonNode fi = j.path("finding_info");
        assertThat(fi.path("uid").asText()).isEqualTo("det-2026-0002");
        assertThat(fi.path("title").asText()).isEqualTo("EICAR test file detected in upload");
        assertThat(fi.path("analytic").path("name").asText()).isEqualTo("ClamAV Eicar-Signature");
        assertThat(fi.path("types").get(0).asText()).isEqualTo("Malware");
        assertThat(j.path("disposition_id").asInt()).isEqualTo(3);
        assertThat(j.path("disposition").asText()).isEqualTo("Quarantined");
        assertThat(j.path("action_id").asInt()).isEqualTo(2);
        assertThat(j.path("device").path("hostname").asText()).isEqualTo("app-01.example.org");
        assertThat(j.path("unmapped").path("malware_name").asText()).isEqualTo("Eicar-Test-Signature");
    }

    @Test
    void detectionWithoutAffectedDeviceHasNoDevice() {
        JsonNode j = writeFixture("SecurityDetection/required");
        assertThat(j.has("device")).isFalse();
        assertThat(j.has("disposition_id")).isFalse();
        assertThat(j.path("metadata").path("reporter").path("hostname").asText()).isEqualTo("h1");
    }

    @ParameterizedTest
    @CsvSource({"ENABLED,6,sys_monitor_enabled,1", "DISABLED,7,sys_monitor_disabled,4",
        "TAMPERED,99,sys_monitor_tampered,4"})
    void securityControlState(SecurityControlStateChanged.State state, int activity, String code, int severity) {
        JsonNode j = write(SecurityControlStateChanged.builder()
                .app(Application.of("CrowdStrike Falcon Sensor", "7.10", "CrowdStrike")).state(state).build());
        assertClassification(j, 6002, activity, code, 1);
        assertThat(j.path("severity_id").asInt()).isEqualTo(severity);
        assertThat(j.path("app").path("name").asText()).isEqualTo("CrowdStrike Falcon Sensor");
        assertThat(j.path("metadata").path("labels").get(0).asText()).isEqualTo("moj-principle:6");
    }

    @Test
    void encryptionStateIsAnInventoryOfTheStorage() {
        JsonNode j = writeFixture("EncryptionStateReported/full");
        assertClassification(j, 5023, 1, "sec_encryption_state", 1);
        JsonNode bucket = j.path("databucket");
        assertThat(bucket.path("uid").asText()).isEqualTo("vol-0a1b2c3d4e5f67890");
        assertThat(bucket.path("type_id").asInt()).isEqualTo(99);
        assertThat(bucket.path("type").asText()).isEqualTo("Volume");
        assertThat(bucket.path("is_encrypted").asBoolean()).isFalse();
        JsonNode enc = bucket.path("encryption_details");
        assertThat(enc.path("algorithm_id").asInt()).isEqualTo(3);
        assertThat(enc.path("algorithm").asText()).isEqualTo("AES");
        assertThat(enc.path("key_length").asInt()).isEqualTo(256);
        assertThat(enc.path("key_uid").asText()).startsWith("arn:aws:kms:");
        assertThat(enc.path("type").asText()).isEqualTo("SSE-KMS");
        assertThat(j.path("region").asText()).isEqualTo("eu-west-2");
        assertThat(j.path("unmapped").path("encryption_state").asText()).isEqualTo("NOT_ENCRYPTED");

        JsonNode s3 = writeFixture("EncryptionStateReported/required").path("databucket");
        assertThat(s3.path("type_id").asInt()).isEqualTo(1);
        assertThat(s3.path("is_encrypted").asBoolean()).isTrue();
    }

    @Test
    void partialEncryptionIsNotClaimedEitherWay() {
        JsonNode j = write(EncryptionStateReported.builder()
                .storage(EncryptionStateReported.StorageType.DATABASE, "casedb")
                .state(EncryptionStateReported.State.PARTIALLY_ENCRYPTED).build());
        assertThat(j.path("databucket").has("is_encrypted")).isFalse();
        assertThat(j.path("unmapped").path("encryption_state").asText()).isEqualTo("PARTIALLY_ENCRYPTED");
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> SecurityDetection.builder().title("t").build(), "finding_info.uid");
        assertRejects(() -> SecurityDetection.builder().findingUid("d-1").build(), "finding_info.title");
        assertRejects(() -> SecurityDetection.builder().findingUid("d-1").title("t").actor(User.ofUid("u")).build(),
                "actor");
        assertRejects(() -> SecurityControlStateChanged.builder().state(SecurityControlStateChanged.State.ENABLED)
                .build(), "app is required");
        assertRejects(() -> SecurityControlStateChanged.builder().app(Application.of("waf", null)).build(),
                "activity_id (state)");
        assertRejects(() -> EncryptionStateReported.builder().state(EncryptionStateReported.State.ENCRYPTED)
                .build(), "databucket.type_id");
        assertRejects(() -> EncryptionStateReported.builder().storage(EncryptionStateReported.StorageType.DISK, null)
                .state(EncryptionStateReported.State.ENCRYPTED).build(), "databucket needs at least one of uid, name");
        assertRejects(() -> EncryptionStateReported.builder()
                .storage(EncryptionStateReported.StorageType.DISK, "C:").build(), "encryption_state");
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
