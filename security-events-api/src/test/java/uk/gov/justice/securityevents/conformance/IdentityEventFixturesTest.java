package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventCatalogue;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;

/** Every identity fixture writes a consistent event, and every identity event type has its fixtures. */
class IdentityEventFixturesTest {
    private static final Set<String> IDENTITY_PACKAGES = Set.of("authentication", "authorisation", "account");

    static List<EventFixture> fixtures() {
        return IdentityEventFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureWritesItsOwnClassification(EventFixture fixture) {
        SecurityEvent event = fixture.build();
        Classification c = event.classification();
        JsonNode json = IdentityTestSupport.write(event);

        assertThat(event.type().classifications()).contains(c);
        IdentityTestSupport.assertClassification(json, c.ocsfClass().uid(), c.activityId(), c.activityName(),
                c.eventCode(), c.outcome().id());
        assertThat(json.path("type_name").asText()).isEqualTo(c.ocsfClass().caption() + ": " + c.activityName());
        assertThat(json.path("metadata").path("version").asText()).isEqualTo("1.8.0");
        assertThat(fixture.name()).startsWith(event.getClass().getSimpleName() + "/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureIsValidOcsf(EventFixture fixture) {
        OcsfValidator.forVersion_1_8_0().assertValid(IdentityTestSupport.json(fixture.build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureIsValidOcsfWithFullEnrichment(EventFixture fixture) {
        String json = SecurityEventWriter.create(Fixed.context())
                .toJson(new uk.gov.justice.securityevents.EmittedEvent(fixture.build(), Fixed.envelope(7)));
        OcsfValidator.forVersion_1_8_0().assertValid(json);
    }

    @Test
    void fixtureNamesAreUnique() {
        List<String> names = fixtures().stream().map(EventFixture::name).collect(Collectors.toList());
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyIdentityTypeIsCataloguedWithRequiredFullAndVariantFixtures() {
        Set<String> names = fixtures().stream().map(EventFixture::name).collect(Collectors.toSet());
        List<EventType> identityTypes = EventCatalogue.all().stream()
                .filter(t -> IDENTITY_PACKAGES.contains(lastSegment(t.javaClass().getPackageName())))
                .collect(Collectors.toList());

        assertThat(identityTypes).hasSize(30);
        for (EventType t : identityTypes) {
            String simple = t.javaClass().getSimpleName();
            assertThat(names).contains(simple + "/required", simple + "/full");
            Set<String> codes = fixtures().stream().filter(f -> f.name().startsWith(simple + "/"))
                    .map(f -> f.build().eventCode()).collect(Collectors.toSet());
            assertThat(codes).as(simple + " fixtures cover every classification")
                    .containsExactlyInAnyOrderElementsOf(
                            t.classifications().stream().map(Classification::eventCode).collect(Collectors.toList()));
        }
    }

    private static String lastSegment(String packageName) {
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }
}
