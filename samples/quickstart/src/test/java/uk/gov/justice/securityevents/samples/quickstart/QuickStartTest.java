package uk.gov.justice.securityevents.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventCatalogue;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;

/** Runs the demo as README command 1 does (its own JVM) and checks what a user would see on each stream. */
class QuickStartTest {
    private static List<String> stdout;
    private static String stderr;

    @BeforeAll
    static void runDemo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = Files.createTempDirectory("quickstart");
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                // the test classpath also holds test logging files; run with the demo's own, as the jar does
                "-Dlogback.configurationFile=logback.xml", QuickStart.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        stderr = Files.readString(err, StandardCharsets.UTF_8);
    }

    @Test
    void everyStdoutLineIsAValidOcsfEvent() {
        assertThat(stdout).isNotEmpty();
        for (String line : stdout) {
            assertThat(OcsfValidator.forVersion_1_8_0().validate(line)).as(line).isEmpty();
        }
    }

    @Test
    void everyEventClassAndEveryPrincipleItemIsDemonstrated() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (String line : stdout) {
            JsonNode node = json.readTree(line);
            codes.add(node.path("metadata").path("event_code").asText());
            node.path("metadata").path("labels").forEach(l -> labels.add(l.asText()));
        }
        for (EventType type : EventCatalogue.all()) {
            assertThat(type.classifications()).extracting(Classification::eventCode)
                    .as("%s demonstrated", type.javaClass().getSimpleName()).containsAnyElementsOf(codes);
        }
        for (Principle p : Principle.values()) {
            assertThat(labels).contains(p.label());
        }
    }

    @Test
    void theHumanSummaryGoesToStandardError() {
        assertThat(stderr).contains("Emitted " + stdout.size() + " events")
                .contains("of " + EventCatalogue.all().size() + " in the catalogue")
                .doesNotContain("not demonstrated");
    }
}
