package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;

/** Test helper for the infrastructure, DNS, network, contextual and activity events: writes and parses events. */
public final class InfrastructureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecurityEventWriter WRITER = SecurityEventWriter.create(
            ServiceContext.builder().serviceName("svc").hostname("h1").build());

    private InfrastructureJson() {
    }

    /** The event as OCSF JSON with a fixed envelope. */
    public static String json(SecurityEvent event) {
        return WRITER.toJson(new EmittedEvent(event, new Envelope("0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6b",
                Instant.parse("2026-05-01T10:15:30.123456Z"), 1, "instance-1", null, null)));
    }

    /** The event written and parsed. */
    public static JsonNode write(SecurityEvent event) {
        try {
            return MAPPER.readTree(json(event));
        } catch (JsonProcessingException e) {
            throw new AssertionError("writer produced invalid JSON", e);
        }
    }

    /** The named fixture of {@link InfrastructureEventFixtures}. */
    public static SecurityEvent fixture(String name) {
        return InfrastructureEventFixtures.all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture " + name)).build();
    }

    /** The named fixture, written and parsed. */
    public static JsonNode writeFixture(String name) {
        return write(fixture(name));
    }

    /** Asserts the classification fields a SOC filters on. */
    public static void assertClassification(JsonNode j, int classUid, int activityId, String eventCode,
            int statusId) {
        assertThat(j.path("class_uid").asInt()).as("class_uid").isEqualTo(classUid);
        assertThat(j.path("category_uid").asInt()).as("category_uid").isEqualTo(classUid / 1000);
        assertThat(j.path("activity_id").asInt()).as("activity_id").isEqualTo(activityId);
        assertThat(j.path("type_uid").asLong()).as("type_uid").isEqualTo(classUid * 100L + activityId);
        assertThat(j.path("metadata").path("event_code").asText()).as("metadata.event_code").isEqualTo(eventCode);
        assertThat(j.path("status_id").asInt()).as("status_id").isEqualTo(statusId);
    }
}
