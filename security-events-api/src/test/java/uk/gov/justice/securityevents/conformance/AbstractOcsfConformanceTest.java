package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;

/**
 * The one conformance suite every output runs (as ecs-logging-java's {@code AbstractEcsLoggingTest}): the whole event
 * catalogue, each class with only required fields and with every field, goes through the output under test; each
 * line must validate against the official OCSF 1.8.0 definitions, carry the expected classification and envelope,
 * and be byte-identical to the canonical writer's output.
 *
 * <p>Subclasses configure their output with {@link #expectedContext()} (the enrichment of {@link Fixed#context()}
 * unless overridden) and implement {@link #outputFor(List)}.
 */
public abstract class AbstractOcsfConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Feeds the events through the output under test, in order, and returns the JSON lines it produced, in order.
     *
     * @param events events with fixed envelopes
     * @return one line per event, without line terminators
     * @throws Exception when the output fails
     */
    protected abstract List<String> outputFor(List<EmittedEvent> events) throws Exception;

    /** The enrichment the output under test is configured with. */
    protected ServiceContext expectedContext() {
        return Fixed.context();
    }

    @TestFactory
    Stream<DynamicTest> everyEventOfTheCatalogueIsValidOcsfAndCanonical() throws Exception {
        List<EventFixture> fixtures = AllEventFixtures.all();
        List<EmittedEvent> events = new ArrayList<>();
        for (int i = 0; i < fixtures.size(); i++) {
            events.add(Fixed.emitted(fixtures.get(i).build(), i + 1));
        }
        List<String> lines = outputFor(events);
        assertThat(lines).as("one output line per event").hasSize(events.size());
        SecurityEventWriter canonical = SecurityEventWriter.create(expectedContext());
        return IntStream.range(0, fixtures.size()).mapToObj(i -> dynamicTest(fixtures.get(i).name(),
                () -> check(events.get(i), lines.get(i), canonical)));
    }

    private void check(EmittedEvent emitted, String line, SecurityEventWriter canonical) throws Exception {
        assertThat(line).doesNotContain("\n", "\r");
        assertThat(OcsfValidator.forVersion_1_8_0().validate(line)).as("OCSF 1.8.0 violations in %s", line).isEmpty();

        SecurityEvent event = emitted.event();
        Classification c = event.classification();
        JsonNode node = JSON.readTree(line);
        assertThat(node.path("class_uid").asInt()).isEqualTo(c.ocsfClass().uid());
        assertThat(node.path("category_uid").asInt()).isEqualTo(c.ocsfClass().categoryUid());
        assertThat(node.path("activity_id").asInt()).isEqualTo(c.activityId());
        assertThat(node.path("type_uid").asLong()).isEqualTo(c.typeUid());
        assertThat(node.path("severity_id").asInt()).isEqualTo(event.severity().id());
        assertThat(node.path("status_id").asInt()).isEqualTo(event.outcome().id());
        assertThat(node.path("time").asLong()).isEqualTo(
                (event.time() != null ? event.time() : emitted.envelope().time()).toEpochMilli());
        JsonNode metadata = node.path("metadata");
        assertThat(metadata.path("version").asText()).isEqualTo("1.8.0");
        assertThat(metadata.path("uid").asText()).isEqualTo(emitted.envelope().uid());
        assertThat(metadata.path("sequence").asInt()).isEqualTo(emitted.envelope().sequence());
        assertThat(metadata.path("event_code").asText()).isEqualTo(c.eventCode());
        assertThat(metadata.path("product").path("name").asText()).isEqualTo(expectedContext().serviceName());
        assertThat(metadata.path("labels").toString()).contains(event.principle().label());
        assertThat(line).as("byte-identical to the canonical writer").isEqualTo(canonical.toJson(emitted));
    }
}
