package uk.gov.justice.securityevents.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.User;

class DataStoreQueryTest {
    private static final Endpoint CLIENT = Endpoint.ip("198.51.100.7");

    @Test
    void carriesStoreCredentialQuerySizeAndTime() {
        JsonNode j = writeFixture("DataStoreQuery/full");
        assertClassification(j, 6005, 4, "datastore_query", 1);
        assertThat(j.path("database").path("uid").asText()).isEqualTo("arn:aws:rds:eu-west-2:111122223333:db:casedb");
        assertThat(j.path("database").path("name").asText()).isEqualTo("casedb");
        assertThat(j.path("database").path("type_id").asInt()).isEqualTo(1);
        assertThat(j.path("actor").path("user").path("uid").asText()).isEqualTo("svc-case-api");
        assertThat(j.path("actor").path("user").path("credential_uid").asText()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(j.path("query_info").path("query_string").asText())
                .isEqualTo("SELECT id, status FROM cases WHERE owner_id = ?");
        assertThat(j.path("query_info").path("bytes").asLong()).isEqualTo(18_432);
        assertThat(j.path("query_info").path("name").asText()).isEqualTo("findCasesByOwner");
        assertThat(j.path("duration").asLong()).isEqualTo(23);
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("198.51.100.7");
        assertThat(j.path("dst_endpoint").path("port").asInt()).isEqualTo(5432);
    }

    @Test
    void requiredOnlyHasAnUnknownStoreType() {
        JsonNode j = writeFixture("DataStoreQuery/required");
        assertThat(j.path("database").path("type_id").asInt()).isEqualTo(0);
        assertThat(j.path("actor").path("user").has("credential_uid")).isFalse();
        assertThat(j.path("query_info").path("name").asText()).isEqualTo("SELECT");
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> DataStoreQuery.builder().source(CLIENT).storeName("db").query("q").build(),
                "actor is required");
        assertRejects(() -> DataStoreQuery.builder().actor(Actor.application("etl")).source(CLIENT)
                .storeName("db").query("q").build(), "actor.user is required");
        assertRejects(() -> DataStoreQuery.builder().actor(User.ofUid("u")).storeName("db").query("q").build(),
                "src_endpoint is required");
        assertRejects(() -> DataStoreQuery.builder().actor(User.ofUid("u")).source(CLIENT).query("q").build(),
                "database needs at least one of uid, name");
        assertRejects(() -> DataStoreQuery.builder().actor(User.ofUid("u")).source(CLIENT).storeName("db").build(),
                "query_info.query_string");
        assertRejects(() -> DataStoreQuery.builder().actor(User.ofUid("u")).source(CLIENT).storeName("db")
                .query("q").storeType(null).build(), "database.type_id");
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
