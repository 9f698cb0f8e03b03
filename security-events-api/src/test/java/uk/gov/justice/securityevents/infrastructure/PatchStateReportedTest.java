package uk.gov.justice.securityevents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;
import static uk.gov.justice.securityevents.infrastructure.EntityManagementEventTest.assertRejects;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.DeviceType;
import uk.gov.justice.securityevents.model.OperatingSystem;
import uk.gov.justice.securityevents.model.PatchArticle;
import uk.gov.justice.securityevents.model.User;

class PatchStateReportedTest {
    private static final Device HOST = Device.of(DeviceType.SERVER, "app-01.example.org");
    private static final OperatingSystem OS = OperatingSystem.of(OperatingSystem.Family.LINUX, "Ubuntu", "22.04.4");

    @Test
    void writesTheSubjectHostWithItsOsAndArticles() {
        JsonNode j = writeFixture("PatchStateReported/full");
        assertClassification(j, 5004, 1, "sys_patch_state", 1);
        JsonNode device = j.path("device");
        assertThat(device.path("hostname").asText()).isEqualTo("app-01.example.org");
        assertThat(device.path("os").path("name").asText()).isEqualTo("Ubuntu");
        assertThat(device.path("os").path("type_id").asInt()).isEqualTo(200);
        assertThat(device.path("os").path("version").asText()).isEqualTo("22.04.4");
        JsonNode kb = j.path("kb_article_list");
        assertThat(kb).hasSize(3);
        assertThat(kb.get(0).path("uid").asText()).isEqualTo("USN-6591-1");
        assertThat(kb.get(0).path("install_state_id").asInt()).isEqualTo(1);
        assertThat(kb.get(1).path("install_state_id").asInt()).isEqualTo(3);
        assertThat(kb.get(1).path("install_state").asText()).isEqualTo("Installed Pending Reboot");
        assertThat(kb.get(2).path("install_state_id").asInt()).isEqualTo(2);
        // The subject host replaces the host profile's device, so the profile is not claimed.
        assertThat(j.path("metadata").path("profiles").toString()).doesNotContain("host");
    }

    @Test
    void requiredOnlyHasNoArticles() {
        JsonNode j = writeFixture("PatchStateReported/required");
        assertThat(j.has("kb_article_list")).isFalse();
        assertThat(j.path("device").path("type_id").asInt()).isEqualTo(1);
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> PatchStateReported.builder().os(OS).build(), "device is required");
        assertRejects(() -> PatchStateReported.builder().device(HOST).build(), "device.os is required");
        assertRejects(() -> PatchStateReported.builder().device(HOST)
                .os(OperatingSystem.of(OperatingSystem.Family.LINUX, "Ubuntu", null)).build(), "device.os.version");
        assertRejects(() -> PatchStateReported.builder().device(HOST).os(OS)
                .articles(Arrays.asList((PatchArticle) null)).build(), "kb_article_list[0]");
        assertRejects(() -> PatchStateReported.builder().device(HOST).os(OS).actor(User.ofUid("u")).build(),
                "actor");
        assertRejects(() -> PatchStateReported.builder().device(HOST).os(OS)
                .articles(List.of(PatchArticle.of("KB1", null, null))).build(), "install_state_id");
    }
}
