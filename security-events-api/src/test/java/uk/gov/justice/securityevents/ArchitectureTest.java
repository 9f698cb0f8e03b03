package uk.gov.justice.securityevents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The api module's dependency rules (DESIGN.md §2). */
class ArchitectureTest {
    // Predefined.DO_NOT_INCLUDE_TESTS only knows ".../target/test-classes"; builds may use -Dse.target.dir=target-x.
    private static final ImportOption MAIN_ONLY = location -> !location.contains("/test-classes/");

    private static JavaClasses api;

    @BeforeAll
    static void importApi() {
        api = new ClassFileImporter().withImportOption(MAIN_ONLY)
                .importPackages("uk.gov.justice.securityevents");
    }

    @Test
    void apiDependsOnlyOnTheJdkSlf4jJacksonCoreAndOptionalOpenTelemetry() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "java..", "javax..", "org.slf4j..", "com.fasterxml.jackson.core..",
                "io.opentelemetry.api..", "io.opentelemetry.context..", "uk.gov.justice.securityevents..")
                .check(api);
    }

    @Test
    void openTelemetryIsTouchedOnlyBehindTheClasspathCheck() {
        noClasses().that().doNotHaveFullyQualifiedName("uk.gov.justice.securityevents.internal.OpenTelemetryTrace")
                .should().dependOnClassesThat().resideInAPackage("io.opentelemetry..")
                .check(api);
    }

    @Test
    void noLoggingBackendSpringOrNetworkInTheApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "ch.qos.logback..", "org.apache.logging..", "org.springframework..", "java.net.http..")
                .check(api);
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("uk.gov.justice.securityevents.(**)").should().beFreeOfCycles().check(api);
    }

    @Test
    void valueTypesDoNotDependOnEventsOrTheWriter() {
        noClasses().that().resideInAPackage("..securityevents.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..securityevents.internal.ocsf..",
                        "..securityevents.authentication..", "..securityevents.authorisation..",
                        "..securityevents.account..", "..securityevents.infrastructure..", "..securityevents.dns..",
                        "..securityevents.network..", "..securityevents.contextual..", "..securityevents.activity..")
                .check(api);
    }
}
