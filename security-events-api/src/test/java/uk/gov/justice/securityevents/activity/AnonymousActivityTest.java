package uk.gov.justice.securityevents.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.write;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.model.Endpoint;

class AnonymousActivityTest {
    private static final Endpoint CLIENT = Endpoint.of("203.0.113.45", 51544);

    @Test
    void fullRequestCarriesClientDestinationSizesAndTime() {
        JsonNode j = writeFixture("AnonymousActivity/full");
        assertClassification(j, 4002, 6, "activity_anonymous", 1);
        assertThat(j.path("activity_name").asText()).isEqualTo("Post");
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("203.0.113.45");
        assertThat(j.path("dst_endpoint").path("hostname").asText()).isEqualTo("case-api.example.org");
        JsonNode req = j.path("http_request");
        assertThat(req.path("http_method").asText()).isEqualTo("POST");
        assertThat(req.path("url").path("url_string").asText())
                .isEqualTo("https://case-api.example.org/public/enquiries");
        assertThat(req.path("user_agent").asText()).isEqualTo("CaseApp/4.1 (iOS 17.4)");
        assertThat(req.path("length").asInt()).isEqualTo(734);
        assertThat(j.path("http_response").path("code").asInt()).isEqualTo(201);
        assertThat(j.path("http_response").path("length").asInt()).isEqualTo(88);
        assertThat(j.path("http_response").path("latency").asInt()).isEqualTo(45);
        assertThat(j.path("duration").asLong()).isEqualTo(45);
        assertThat(j.path("unmapped").path("client_id").asText()).isEqualTo("mobile-app-ios");
    }

    @ParameterizedTest
    @CsvSource({"CONNECT,1", "DELETE,2", "GET,3", "head,4", "OPTIONS,5", "POST,6", "PUT,7", "TRACE,8", "PATCH,9",
        "PROPFIND,99"})
    void methodIsTheActivity(String method, int activity) {
        JsonNode j = write(AnonymousActivity.builder().method(method).client(CLIENT).httpStatus(200).build());
        assertClassification(j, 4002, activity, "activity_anonymous", 1);
        if (activity == 99) {
            assertThat(j.path("http_request").has("http_method")).isFalse();
            assertThat(j.path("unmapped").path("http_method").asText()).isEqualTo(method);
        } else {
            assertThat(j.path("http_request").path("http_method").asText()).isEqualTo(method.toUpperCase());
            assertThat(j.path("unmapped").has("http_method")).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"200,1,Success", "302,1,Success", "399,1,Success", "400,2,Failure", "404,2,Failure",
        "503,2,Failure"})
    void statusDecidesTheOutcome(int status, int statusId, String caption) {
        JsonNode j = write(AnonymousActivity.builder().method("GET").client(CLIENT).httpStatus(status).build());
        assertThat(j.path("status_id").asInt()).isEqualTo(statusId);
        assertThat(j.path("status").asText()).isEqualTo(caption);
    }

    @Test
    void noStatusIsUnknown() {
        JsonNode j = writeFixture("AnonymousActivity/required");
        assertClassification(j, 4002, 3, "activity_anonymous", 0);
        assertThat(j.has("http_response")).isFalse();
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> AnonymousActivity.builder().client(CLIENT).build(), "http_request.http_method");
        assertRejects(() -> AnonymousActivity.builder().method("GET").build(), "src_endpoint is required");
        assertRejects(() -> AnonymousActivity.builder().method("GET").client(CLIENT).responseLength(5).build(),
                "http_response.code");
        assertRejects(() -> AnonymousActivity.builder().method("GET").client(CLIENT).requestLength(-1).build(),
                "http_request.length");
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
