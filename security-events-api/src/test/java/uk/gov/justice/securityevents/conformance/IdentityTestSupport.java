package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;

/** Writes identity events as the SDK does and checks the parts every identity test looks at. */
public final class IdentityTestSupport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecurityEventWriter WRITER = SecurityEventWriter.create(
            ServiceContext.builder().serviceName("svc").hostname("h1").build());

    private IdentityTestSupport() {
    }

    /** The event as OCSF JSON, with the fixed test envelope. */
    public static String json(SecurityEvent event) {
        return WRITER.toJson(new EmittedEvent(event, new Envelope("0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6b",
                Instant.parse("2026-05-01T10:15:30.123456Z"), 1, "instance-1", null, null)));
    }

    /** The event written and parsed. */
    public static JsonNode write(SecurityEvent event) {
        try {
            return MAPPER.readTree(json(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The identity fixture with that name, built and written. */
    public static JsonNode writeFixture(String name) {
        return write(fixture(name));
    }

    /** The identity fixture with that name, built. */
    public static SecurityEvent fixture(String name) {
        return IdentityEventFixtures.all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + name)).build();
    }

    /** Asserts the classification fields, including the {@code type_uid} arithmetic. */
    public static void assertClassification(JsonNode json, int classUid, int activityId, String activityName,
            String eventCode, int statusId) {
        assertThat(json.path("class_uid").asInt()).as("class_uid").isEqualTo(classUid);
        assertThat(json.path("category_uid").asInt()).as("category_uid").isEqualTo(classUid / 1000);
        assertThat(json.path("activity_id").asInt()).as("activity_id").isEqualTo(activityId);
        assertThat(json.path("activity_name").asText()).as("activity_name").isEqualTo(activityName);
        assertThat(json.path("type_uid").asLong()).as("type_uid").isEqualTo(classUid * 100L + activityId);
        assertThat(json.path("metadata").path("event_code").asText()).as("metadata.event_code")
                .isEqualTo(eventCode);
        assertThat(json.path("status_id").asInt()).as("status_id").isEqualTo(statusId);
    }

    /** The text values of a JSON array. */
    public static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
    }
}
