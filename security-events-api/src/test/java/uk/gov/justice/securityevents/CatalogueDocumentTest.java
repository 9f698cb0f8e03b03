package uk.gov.justice.securityevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/event-catalogue.md} is generated from {@link EventCatalogue}; this test fails when the two disagree.
 * Regenerate with {@code ./mvnw -pl security-events-api test -Dtest=CatalogueDocumentTest -Dcatalogue.write=true}.
 */
class CatalogueDocumentTest {
    private static final Path DOCUMENT = Path.of("..", "docs", "event-catalogue.md");

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Event catalogue\n\n")
                .append("Generated from `EventCatalogue` by `CatalogueDocumentTest`; the build fails when this file and the code")
                .append(" disagree.\n\n")
                .append("Every Java event class, the MoJ principle item it evidences, and how it is classified in OCSF 1.8.0.")
                .append(" Classes with variants (chosen from a field) have one row per variant.")
                .append(" `type_uid` = `class_uid` × 100 + `activity_id`.\n\n")
                .append("| Java class | MoJ ref | OCSF class (`class_uid`) | Activity (`activity_id`) | `type_uid` |")
                .append(" `metadata.event_code` | Default severity | Outcome |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (EventType type : EventCatalogue.all()) {
            for (Classification c : type.classifications()) {
                md.append("| `").append(type.javaClass().getName().replace("uk.gov.justice.securityevents.", ""))
                        .append("` | ").append(type.principle().reference())
                        .append(" | ").append(c.ocsfClass().caption()).append(" (").append(c.ocsfClass().uid()).append(")")
                        .append(" | ").append(c.activityName()).append(" (").append(c.activityId()).append(")")
                        .append(" | ").append(c.typeUid())
                        .append(" | `").append(c.eventCode()).append("`")
                        .append(" | ").append(c.severity().caption())
                        .append(" | ").append(c.outcome().caption()).append(" |\n");
            }
        }
        md.append("\n## Principle coverage\n\n| MoJ ref | Item | Event classes |\n|---|---|---|\n");
        for (Principle p : Principle.values()) {
            md.append("| ").append(p.reference()).append(" | ").append(p.heading()).append(": ").append(p.text())
                    .append(" | ");
            StringBuilder names = new StringBuilder();
            for (EventType t : EventCatalogue.byPrinciple().getOrDefault(p, java.util.List.of())) {
                names.append(names.length() > 0 ? ", " : "").append('`').append(t.javaClass().getSimpleName()).append('`');
            }
            md.append(names).append(" |\n");
        }
        return md.toString();
    }

    @Test
    void documentMatchesTheCode() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("catalogue.write")) {
            Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/event-catalogue.md is out of date; regenerate it with -Dcatalogue.write=true")
                .isEqualTo(expected);
    }

    @Test
    void everyPrincipleItemHasAtLeastOneEventClass() {
        for (Principle p : Principle.values()) {
            assertThat(EventCatalogue.byPrinciple().get(p)).as("event classes for %s", p).isNotEmpty();
        }
    }

    @Test
    void eachEventCodeBelongsToOneEventClassAndTypeUidArithmeticHolds() {
        java.util.Map<String, Class<?>> owners = new java.util.HashMap<>();
        for (EventType t : EventCatalogue.all()) {
            for (Classification c : t.classifications()) {
                Class<?> owner = owners.putIfAbsent(c.eventCode(), t.javaClass());
                assertThat(owner == null || owner == t.javaClass())
                        .as("event code %s used by %s and %s", c.eventCode(), owner, t.javaClass()).isTrue();
                assertThat(c.typeUid()).isEqualTo(c.ocsfClass().uid() * 100L + c.activityId());
                assertThat(c.ocsfClass().uid() / 1000).isEqualTo(c.ocsfClass().categoryUid());
            }
        }
    }
}
