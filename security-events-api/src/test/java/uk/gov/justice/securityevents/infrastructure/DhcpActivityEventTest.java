package uk.gov.justice.securityevents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;
import static uk.gov.justice.securityevents.infrastructure.EntityManagementEventTest.assertRejects;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DhcpActivityEventTest {
    @Test
    void allocationCarriesClientServerAndLease() {
        JsonNode j = writeFixture("IpAddressAllocated/full");
        assertClassification(j, 4004, 5, "net_ip_allocated", 1);
        assertThat(j.path("activity_name").asText()).isEqualTo("Ack");
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("198.51.100.23");
        assertThat(j.path("src_endpoint").path("mac").asText()).isEqualTo("00:1a:2b:3c:4d:5e");
        assertThat(j.path("src_endpoint").path("hostname").asText()).isEqualTo("laptop-042.example.org");
        assertThat(j.path("dst_endpoint").path("ip").asText()).isEqualTo("198.51.100.1");
        assertThat(j.path("lease_dur").asInt()).isEqualTo(8 * 3600);
        assertThat(j.path("is_renewal").asBoolean()).isTrue();
        assertThat(j.path("transaction_uid").asText()).isEqualTo("0x3903f326");
    }

    @Test
    void release() {
        JsonNode j = writeFixture("IpAddressReleased/required");
        assertClassification(j, 4004, 7, "net_ip_released", 1);
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("2001:db8::23");
        assertThat(j.has("lease_dur")).isFalse();
    }

    @Test
    void buildersRejectMissingOrBadFields() {
        assertRejects(() -> IpAddressAllocated.builder().build(), "src_endpoint.ip is required");
        assertRejects(() -> IpAddressReleased.builder().build(), "src_endpoint.ip is required");
        assertRejects(() -> IpAddressAllocated.builder().clientIp("not-an-ip").build(), "src_endpoint.ip");
        assertRejects(() -> IpAddressAllocated.builder().clientIp("198.51.100.23").clientMac("00:1a").build(),
                "src_endpoint.mac");
        assertRejects(() -> IpAddressAllocated.builder().clientIp("198.51.100.23")
                .leaseDuration(Duration.ofSeconds(-1)).build(), "lease_dur");
    }
}
