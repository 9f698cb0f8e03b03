package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventCatalogue;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.SecurityEvent;

/**
 * A new event class cannot slip in without conformance coverage: every concrete {@link SecurityEvent} class in the
 * api must be in {@link EventCatalogue} and have "required" and "full" fixtures, and every classification must be
 * exercised by some fixture.
 */
class CatalogueCoverageTest {
    // Predefined.DO_NOT_INCLUDE_TESTS only knows ".../target/test-classes"; builds may use -Dse.target.dir=target-x.
    private static final ImportOption MAIN_ONLY = location -> !location.contains("/test-classes/");

    private static Set<Class<?>> concreteEventClasses() {
        Set<Class<?>> classes = new java.util.HashSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(MAIN_ONLY)
                .importPackages("uk.gov.justice.securityevents")) {
            if (c.isAssignableTo(SecurityEvent.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                classes.add(c.reflect());
            }
        }
        return classes;
    }

    @Test
    void everyConcreteEventClassIsInTheCatalogue() {
        Set<Class<?>> catalogued = EventCatalogue.all().stream().map(EventType::javaClass).collect(Collectors.toSet());

        assertThat(concreteEventClasses()).isNotEmpty().containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everyEventClassHasRequiredAndFullFixtures() {
        Set<String> names = AllEventFixtures.all().stream().map(EventFixture::name).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Class<?> c : concreteEventClasses()) {
            for (String kind : new String[] {"required", "full"}) {
                if (!names.contains(c.getSimpleName() + "/" + kind)) {
                    missing.add(c.getSimpleName() + "/" + kind);
                }
            }
        }
        assertThat(missing).as("fixtures missing from AllEventFixtures").isEmpty();
    }

    @Test
    void everyClassificationIsProducedBySomeFixture() {
        Set<String> produced = AllEventFixtures.all().stream()
                .map(f -> {
                    Classification c = f.build().classification();
                    return c.eventCode() + "/" + c.typeUid();
                })
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (EventType t : EventCatalogue.all()) {
            for (Classification c : t.classifications()) {
                if (!produced.contains(c.eventCode() + "/" + c.typeUid())) {
                    missing.add(t.javaClass().getSimpleName() + " " + c);
                }
            }
        }
        assertThat(missing).as("classifications no fixture produces").isEmpty();
    }

    @Test
    void fixtureNamesAreUnique() {
        assertThat(AllEventFixtures.all()).extracting(EventFixture::name).doesNotHaveDuplicates();
    }
}
