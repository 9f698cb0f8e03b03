package uk.gov.justice.securityevents.transport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's dependency rules (DESIGN.md §2, §8). */
class ArchitectureTest {

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // Predefined.DO_NOT_INCLUDE_TESTS only knows ".../target/test-classes"; builds may use -Dse.target.dir=target-x.
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        main = new ClassFileImporter().withImportOption(mainOnly)
                .importPackages("uk.gov.justice.securityevents.transport");
    }

    @Test
    void dependsOnlyOnTheJdkAndOurOwnCode() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax..", "uk.gov.justice.securityevents..")
                .check(main);
    }

    @Test
    void usesOnlyThePublicApiOfTheApiModule() {
        // DESIGN.md §2: transport -> api is allowed, but only through the api's public types (no api internals, no
        // logging backend, and never the other way round: the api does not know the transport).
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("uk.gov.justice.securityevents.internal..", "org.slf4j..", "ch.qos.logback..",
                        "org.apache.logging..", "com.fasterxml..")
                .check(main);
    }

    @Test
    void publicApiAtTheRootAndImplementationUnderInternal() {
        classes().should().resideInAnyPackage("uk.gov.justice.securityevents.transport",
                        "uk.gov.justice.securityevents.transport.internal..")
                .check(main);
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("uk.gov.justice.securityevents.transport")
                .and().arePublic()
                .should().haveRawReturnType(not(resideInAPackage("uk.gov.justice.securityevents.transport.internal..")))
                .check(main);
    }

    @Test
    void internalPackagesHaveNoCycles() {
        slices().matching("uk.gov.justice.securityevents.transport.internal.(*)..").should().beFreeOfCycles()
                .check(main);
    }

    @Test
    void implementationDoesNotReachBackIntoThePublicFacades() {
        noClasses().that().resideInAPackage("uk.gov.justice.securityevents.transport.internal..")
                .should().dependOnClassesThat().belongToAnyOf(DeliveryPipeline.class, HttpCollectorDestination.class,
                        SyslogDestination.class, NdjsonFileDestination.class, StdoutDestination.class)
                .check(main);
    }
}
