package uk.gov.justice.securityevents.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Resource;

class PipelineResourceChangedTest {
    private static final Resource BUCKET = Resource.of("bucket", null, "case-exports");
    private static final Actor PIPELINE = Actor.application("github-actions");

    @Test
    void createdCarriesPipelineRepositoryAndEnvironment() {
        JsonNode j = writeFixture("PipelineResourceChanged/full");
        assertClassification(j, 3004, 1, "pipeline_resource_created", 1);
        assertThat(j.path("severity_id").asInt()).isEqualTo(2);
        assertThat(j.path("actor").path("user").path("uid").asText()).isEqualTo("github-actions[bot]");
        assertThat(j.path("entity").path("name").asText()).isEqualTo("casedb");
        assertThat(j.path("entity").path("type").asText()).isEqualTo("rds_instance");
        assertThat(j.path("unmapped").path("repository").asText()).isEqualTo("ministryofjustice/case-api");
        assertThat(j.path("unmapped").path("target_environment").asText()).isEqualTo("production");
        assertThat(j.path("unmapped").path("triggered_by").asText()).isEqualTo("jdoe");
        assertThat(j.path("metadata").path("labels").get(0).asText()).isEqualTo("moj-principle:e1");
    }

    @Test
    void destroyed() {
        JsonNode j = writeFixture("PipelineResourceChanged/destroyed");
        assertClassification(j, 3004, 4, "pipeline_resource_destroyed", 1);
        assertThat(j.path("actor").path("app_name").asText()).isEqualTo("github-actions");
        assertThat(j.path("unmapped").has("triggered_by")).isFalse();
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> PipelineResourceChanged.builder().change(PipelineResourceChanged.Change.CREATED)
                .entity(BUCKET).repository("r").targetEnvironment("prod").build(), "actor (pipeline identity)");
        assertRejects(() -> PipelineResourceChanged.builder().actor(PIPELINE).entity(BUCKET).repository("r")
                .targetEnvironment("prod").build(), "activity_id (change)");
        assertRejects(() -> PipelineResourceChanged.builder().actor(PIPELINE)
                .change(PipelineResourceChanged.Change.CREATED).repository("r").targetEnvironment("prod").build(),
                "entity is required");
        assertRejects(() -> PipelineResourceChanged.builder().actor(PIPELINE)
                .change(PipelineResourceChanged.Change.CREATED).entity(BUCKET).targetEnvironment("prod").build(),
                "unmapped.repository");
        assertRejects(() -> PipelineResourceChanged.builder().actor(PIPELINE)
                .change(PipelineResourceChanged.Change.CREATED).entity(BUCKET).repository("r").build(),
                "unmapped.target_environment");
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
