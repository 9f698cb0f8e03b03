package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.justice.securityevents.EventCatalogue;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;

/** Every infrastructure/DNS/network/contextual/activity fixture is valid OCSF 1.8.0 and matches its type. */
class InfrastructureFixturesConformanceTest {
    private static final Set<String> PACKAGES = Set.of("infrastructure", "dns", "network", "contextual", "activity");

    static List<EventFixture> fixtures() {
        return InfrastructureEventFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void isValidOcsf(EventFixture fixture) {
        OcsfValidator.forVersion_1_8_0().assertValid(InfrastructureJson.json(fixture.build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void classificationIsOneOfItsTypes(EventFixture fixture) {
        SecurityEvent event = fixture.build();
        assertThat(event.type().classifications()).contains(event.classification());
        assertThat(fixture.name()).startsWith(event.getClass().getSimpleName() + "/");
        JsonNode j = InfrastructureJson.write(event);
        assertThat(j.path("metadata").path("labels").get(0).asText()).isEqualTo(event.principle().label());
        assertThat(event.toString()).doesNotContain("\n").contains(event.eventCode());
    }

    @Test
    void everyCatalogueTypeOfTheseFeaturesHasRequiredAndFullFixturesAndEveryEventCodeIsCovered() {
        Set<String> names = fixtures().stream().map(EventFixture::name).collect(Collectors.toSet());
        Set<String> codes = fixtures().stream().map(f -> f.build().eventCode()).collect(Collectors.toSet());
        List<EventType> mine = EventCatalogue.all().stream()
                .filter(t -> PACKAGES.contains(t.javaClass().getPackageName()
                        .substring(t.javaClass().getPackageName().lastIndexOf('.') + 1)))
                .collect(Collectors.toList());
        assertThat(mine).hasSize(31);
        for (EventType t : mine) {
            String simple = t.javaClass().getSimpleName();
            assertThat(names).contains(simple + "/required", simple + "/full");
            t.classifications().forEach(c -> assertThat(codes).as(simple).contains(c.eventCode()));
        }
    }
}
