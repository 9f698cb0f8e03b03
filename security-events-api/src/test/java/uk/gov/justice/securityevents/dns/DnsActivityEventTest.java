package uk.gov.justice.securityevents.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.assertClassification;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.write;
import static uk.gov.justice.securityevents.conformance.InfrastructureJson.writeFixture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.justice.securityevents.model.DnsQuestion;
import uk.gov.justice.securityevents.model.Endpoint;

class DnsActivityEventTest {
    private static final DnsQuestion Q = DnsQuestion.of("www.example.org", "A");
    private static final Endpoint CLIENT = Endpoint.of("198.51.100.23", 53124);

    @Test
    void successfulQuery() {
        JsonNode j = writeFixture("DnsQuery/full");
        assertClassification(j, 4003, 6, "dns_query_success", 1);
        assertThat(j.path("query").path("hostname").asText()).isEqualTo("www.example.org");
        assertThat(j.path("query").path("type").asText()).isEqualTo("A");
        assertThat(j.path("query").path("class").asText()).isEqualTo("IN");
        assertThat(j.path("query").path("opcode_id").asInt()).isEqualTo(0);
        assertThat(j.path("answers").get(0).path("rdata").asText()).isEqualTo("203.0.113.80");
        assertThat(j.path("answers").get(0).path("ttl").asInt()).isEqualTo(300);
        assertThat(j.path("rcode_id").asInt()).isEqualTo(0);
        assertThat(j.path("rcode").asText()).isEqualTo("NoError");
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("198.51.100.23");
        assertThat(j.path("dst_endpoint").path("hostname").asText()).isEqualTo("resolver.example.org");
        assertThat(j.has("status_detail")).isFalse();
    }

    @Test
    void failedQuery() {
        JsonNode j = writeFixture("DnsQuery/failed");
        assertClassification(j, 4003, 6, "dns_query_fail", 2);
        assertThat(j.path("rcode_id").asInt()).isEqualTo(3);
        assertThat(j.path("rcode").asText()).isEqualTo("NXDomain");
        assertThat(j.path("status_detail").asText()).isEqualTo("NXDOMAIN");
        assertThat(j.path("severity_id").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(DnsResponseCode.class)
    void everyResponseCodeBuildsAndOnlyNoErrorSucceeds(DnsResponseCode rcode) {
        DnsQuery q = DnsQuery.builder().query(Q).client(CLIENT).responseCode(rcode).build();
        assertThat(q.outcome().id()).isEqualTo(rcode == DnsResponseCode.NOERROR ? 1 : 2);
        assertThat(write(q).path("rcode_id").asInt()).isEqualTo(rcode.id());
    }

    @Test
    void recursiveLookupCarriesRecursionBits() {
        JsonNode j = writeFixture("DnsRecursiveLookup/full");
        assertClassification(j, 4003, 6, "dns_recursive_lookup", 1);
        assertThat(j.path("status_detail").asText()).isEqualTo("RESOLVED");
        assertThat(j.path("answers").get(0).path("flags").toString())
                .isEqualTo("[\"Recursion Desired\",\"Recursion Available\"]");
        assertThat(j.path("unmapped").path("recursion_desired").asBoolean()).isTrue();
        assertThat(j.path("unmapped").path("recursion_available").asBoolean()).isTrue();

        JsonNode failed = writeFixture("DnsRecursiveLookup/failed");
        assertClassification(failed, 4003, 6, "dns_recursive_lookup_fail", 2);
        assertThat(failed.path("status_detail").asText()).isEqualTo("REFUSED");
        assertThat(failed.path("unmapped").path("recursion_available").asBoolean()).isFalse();
    }

    @Test
    void registrationIsADynamicUpdate() {
        JsonNode j = writeFixture("DnsRegistration/full");
        assertClassification(j, 4003, 1, "dns_registered", 1);
        assertThat(j.path("query").path("hostname").asText()).isEqualTo("laptop-042.example.org");
        assertThat(j.path("query").path("type").asText()).isEqualTo("AAAA");
        assertThat(j.path("query").path("opcode_id").asInt()).isEqualTo(5);
        assertThat(j.path("query").path("opcode").asText()).isEqualTo("Update");
        assertThat(j.path("src_endpoint").path("hostname").asText()).isEqualTo("laptop-042.example.org");
        assertThat(j.path("src_endpoint").path("ip").asText()).isEqualTo("2001:db8::42");

        JsonNode refused = writeFixture("DnsRegistration/failed");
        assertClassification(refused, 4003, 1, "dns_register_fail", 2);
        assertThat(refused.path("status_detail").asText()).isEqualTo("REFUSED");

        JsonNode dereg = writeFixture("DnsDeregistration/full");
        assertClassification(dereg, 4003, 1, "dns_deregistered", 1);
        assertThat(dereg.path("src_endpoint").path("hostname").asText()).isEqualTo("dhcp-01.example.org");
        assertClassification(writeFixture("DnsDeregistration/failed"), 4003, 1, "dns_deregister_fail", 2);
    }

    @Test
    void buildersRejectMissingRequiredFields() {
        assertRejects(() -> DnsQuery.builder().client(CLIENT).responseCode(DnsResponseCode.NOERROR).build(),
                "query is required");
        assertRejects(() -> DnsQuery.builder().query(Q).client(CLIENT).build(), "rcode_id");
        assertRejects(() -> DnsQuery.builder().query(Q).responseCode(DnsResponseCode.NOERROR).build(),
                "src_endpoint (client), dst_endpoint (server)");
        assertRejects(() -> DnsRecursiveLookup.builder().query(Q).client(CLIENT).build(),
                "status_detail (recursion status)");
        assertRejects(() -> DnsRecursiveLookup.builder().client(CLIENT)
                .status(DnsRecursiveLookup.RecursionStatus.RESOLVED).build(), "query is required");
        assertRejects(() -> DnsRegistration.builder().build(), "query.hostname");
        assertRejects(() -> DnsDeregistration.builder().build(), "query.hostname");
        assertRejects(() -> DnsRegistration.builder().hostname("h.example.org").address("nope").build(),
                "src_endpoint.ip");
    }

    private static void assertRejects(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class)
                .hasMessageContaining(field);
    }
}
