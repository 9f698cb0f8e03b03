package uk.gov.justice.securityevents.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.write;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.User;

class ApiActivityEventTest {
    private static final Endpoint CALLER = Endpoint.of("203.0.113.45", 51544);
    private static final User USER = User.ofUid("u-2002");

    @Test
    void userActivityCarriesWhoWhatSizeAndTime() {
        JsonNode j = writeFixture("UserActivity/full");
        assertClassification(j, 6003, 3, "activity_authenticated", 1);
        JsonNode user = j.path("actor").path("user");
        assertThat(user.path("uid").asText()).isEqualTo("u-2002");
        assertThat(user.path("groups").get(0).path("uid").asText()).isEqualTo("g-10");
        assertThat(user.path("groups").get(1).path("name").asText()).isEqualTo("approvers");
        assertThat(j.path("api").path("operation").asText()).isEqualTo("PUT /cases/{id}");
        assertThat(j.path("api").path("request").path("uid").asText()).isEqualTo("req-7f3a9c");
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("203.0.113.45");
        assertThat(j.path("http_request").path("http_method").asText()).isEqualTo("PUT");
        assertThat(j.path("http_response").path("code").asInt()).isEqualTo(200);
        assertThat(j.path("http_response").path("length").asInt()).isEqualTo(2048);
        assertThat(j.path("http_response").path("latency").asInt()).isEqualTo(137);
        assertThat(j.path("duration").asLong()).isEqualTo(137);
        assertThat(j.path("resources").get(0).path("uid").asText()).isEqualTo("C-1042");
        assertThat(j.has("action_id")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ApiAction.class)
    void actionIsTheActivity(ApiAction action) {
        JsonNode ok = write(UserActivity.builder().actor(USER).action(action).operation("op").source(CALLER)
                .build());
        assertClassification(ok, 6003, action.activityId(), "activity_authenticated", 1);
        assertThat(ok.path("activity_name").asText()).isEqualTo(action.activityName());

        JsonNode denied = write(AccessDenied.builder().actor(USER).action(action).operation("op").source(CALLER)
                .build());
        assertClassification(denied, 6003, action.activityId(), "authz_fail", 2);
    }

    @Test
    void accessDeniedIsAControlDecision() {
        JsonNode j = writeFixture("AccessDenied/full");
        assertClassification(j, 6003, 4, "authz_fail", 2);
        assertThat(j.path("severity_id").asInt()).isEqualTo(3);
        assertThat(j.path("action_id").asInt()).isEqualTo(2);
        assertThat(j.path("action").asText()).isEqualTo("Denied");
        assertThat(j.path("disposition_id").asInt()).isEqualTo(26);
        assertThat(j.path("disposition").asText()).isEqualTo("Unauthorized");
        assertThat(j.path("status_detail").asText()).isEqualTo("MISSING_ROLE");
        assertThat(j.path("http_response").path("code").asInt()).isEqualTo(403);
        assertThat(j.path("metadata").path("profiles").toString()).contains("security_control");
    }

    @Test
    void anonymousCallerIsNamedSo() {
        JsonNode j = writeFixture("AccessDenied/required");
        assertThat(j.path("actor").path("user").path("name").asText()).isEqualTo("anonymous");
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> UserActivity.builder().action(ApiAction.READ).operation("op").source(CALLER).build(),
                "actor is required");
        assertRejects(() -> UserActivity.builder().actor(Actor.application("batch")).action(ApiAction.READ)
                .operation("op").source(CALLER).build(), "actor.user is required");
        assertRejects(() -> UserActivity.builder().actor(User.builder().name("jdoe").build()).action(ApiAction.READ)
                .operation("op").source(CALLER).build(), "actor.user.uid");
        assertRejects(() -> UserActivity.builder().actor(USER).operation("op").source(CALLER).build(),
                "activity_id (action)");
        assertRejects(() -> UserActivity.builder().actor(USER).action(ApiAction.READ).source(CALLER).build(),
                "api.operation");
        assertRejects(() -> UserActivity.builder().actor(USER).action(ApiAction.READ).operation("op").build(),
                "src_endpoint is required");
        assertRejects(() -> AccessDenied.builder().action(ApiAction.READ).operation("op").source(CALLER).build(),
                "actor is required");
        assertRejects(() -> AccessDenied.builder().anonymous().operation("op").source(CALLER).build(),
                "activity_id (action)");
        assertRejects(() -> AccessDenied.builder().anonymous().action(ApiAction.READ).source(CALLER).build(),
                "api.operation");
        assertRejects(() -> AccessDenied.builder().anonymous().action(ApiAction.READ).operation("op").build(),
                "src_endpoint is required");
    }

    @Test
    void responseSizeNeedsAStatusAndTimesAreBounded() {
        assertRejects(() -> UserActivity.builder().actor(USER).action(ApiAction.READ).operation("op")
                .source(CALLER).responseLength(10).build(), "http_response.code");
        assertRejects(() -> UserActivity.builder().actor(USER).action(ApiAction.READ).operation("op")
                .source(CALLER).httpStatus(700).build(), "http_response.code");
        assertRejects(() -> UserActivity.builder().actor(USER).action(ApiAction.READ).operation("op")
                .source(CALLER).responseTime(Duration.ofMillis(-1)).build(), "duration");
        JsonNode noStatus = write(UserActivity.builder().actor(USER).action(ApiAction.READ).operation("op")
                .source(CALLER).responseTime(Duration.ofMillis(80)).build());
        assertThat(noStatus.path("duration").asLong()).isEqualTo(80);
        assertThat(noStatus.has("http_response")).isFalse();
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
