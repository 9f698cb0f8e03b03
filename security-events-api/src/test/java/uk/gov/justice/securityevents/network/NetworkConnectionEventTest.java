package uk.gov.justice.securityevents.network;

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

class NetworkConnectionEventTest {
    private static final Endpoint A = Endpoint.of("203.0.113.45", 51544);
    private static final Endpoint B = Endpoint.of("198.51.100.7", 22);

    @Test
    void inboundAccepted() {
        JsonNode j = writeFixture("InboundConnectionAccepted/full");
        assertClassification(j, 4001, 1, "net_inbound_accepted", 1);
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("203.0.113.45");
        assertThat(j.path("dst_endpoint").path("port").asInt()).isEqualTo(22);
        assertThat(j.path("dst_endpoint").path("svc_name").asText()).isEqualTo("sshd");
        JsonNode ci = j.path("connection_info");
        assertThat(ci.path("direction_id").asInt()).isEqualTo(1);
        assertThat(ci.path("direction").asText()).isEqualTo("Inbound");
        assertThat(ci.path("protocol_num").asInt()).isEqualTo(6);
        assertThat(ci.path("protocol_name").asText()).isEqualTo("tcp");
        assertThat(ci.path("uid").asText()).isEqualTo("conn-9f1c");
        assertThat(j.path("action_id").asInt()).isEqualTo(1);
        assertThat(j.path("disposition_id").asInt()).isEqualTo(1);
        assertThat(j.path("metadata").path("profiles").toString()).contains("security_control");
    }

    @ParameterizedTest
    @CsvSource({"BLOCKED,2,Blocked", "DROPPED,6,Dropped", "RESET,21,Reset", "UNAUTHORIZED,26,Unauthorized",
        "OTHER,99,Other"})
    void inboundRejected(InboundConnectionRejected.Reason reason, int disposition, String caption) {
        JsonNode j = write(InboundConnectionRejected.builder().source(A).destination(B).reason(reason).build());
        assertClassification(j, 4001, 5, "net_inbound_rejected", 2);
        assertThat(j.path("status_detail").asText()).isEqualTo(reason.name());
        assertThat(j.path("action_id").asInt()).isEqualTo(2);
        assertThat(j.path("action").asText()).isEqualTo("Denied");
        assertThat(j.path("disposition_id").asInt()).isEqualTo(disposition);
        assertThat(j.path("disposition").asText()).isEqualTo(caption);
        assertThat(j.path("connection_info").path("direction_id").asInt()).isEqualTo(1);
    }

    @Test
    void outboundFailureSaysWhetherItServedAnInboundRequest() {
        JsonNode j = writeFixture("OutboundConnectionFailure/required");
        assertClassification(j, 4001, 4, "net_outbound_fail", 2);
        assertThat(j.path("connection_info").path("direction_id").asInt()).isEqualTo(2);
        assertThat(j.path("connection_info").path("direction").asText()).isEqualTo("Outbound");
        assertThat(j.path("status_detail").asText()).isEqualTo("TIMEOUT");
        assertThat(j.path("unmapped").path("inbound_request_associated").isBoolean()).isTrue();
        assertThat(j.path("unmapped").path("inbound_request_associated").asBoolean()).isFalse();
        assertThat(j.has("action_id")).isFalse();

        JsonNode full = writeFixture("OutboundConnectionFailure/full");
        assertThat(full.path("unmapped").path("inbound_request_associated").asBoolean()).isTrue();
        assertThat(full.path("dst_endpoint").path("hostname").asText()).isEqualTo("api.example.org");
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> InboundConnectionAccepted.builder().destination(B).build(), "src_endpoint is required");
        assertRejects(() -> InboundConnectionAccepted.builder().source(A).build(), "dst_endpoint is required");
        assertRejects(() -> InboundConnectionRejected.builder().destination(B)
                .reason(InboundConnectionRejected.Reason.BLOCKED).build(), "src_endpoint is required");
        assertRejects(() -> InboundConnectionRejected.builder().source(A).destination(B).build(),
                "status_detail (reason)");
        assertRejects(() -> OutboundConnectionFailure.builder().source(A)
                .reason(OutboundConnectionFailure.Reason.TIMEOUT).build(), "dst_endpoint is required");
        assertRejects(() -> OutboundConnectionFailure.builder().source(A).destination(B).build(),
                "status_detail (reason)");
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
