package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** NDJSON file destination: size-based rolling keeps whole, valid lines and loses nothing within its retention. */
class NdjsonFileDestinationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    long deliver(NdjsonFileDestination destination, List<OutboundEvent> events, int batch) {
        DeliveryPipeline p = DeliveryPipeline.builder(destination)
                .settings(PipelineSettings.builder().maxBatchEvents(batch).linger(Duration.ofMillis(1)).build())
                .statusReporter(new RecordingStatusReporter()).build();
        p.start();
        events.forEach(p::offer);
        long undelivered = p.stop(Duration.ofSeconds(10));
        assertThat(p.snapshot().delivered()).isEqualTo(events.size());
        return undelivered;
    }

    static List<String> lines(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllLines(p, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void rollsBySizeKeepingEveryLineOnceAndValid() throws IOException {
        Path file = dir.resolve("logs/security-events.ndjson");
        long lineSize = TestEvents.json(TestEvents.event(100)).length() + 1L;
        long maxFileSize = lineSize * 7 + 10; // seven lines per file
        List<OutboundEvent> sent = IntStream.range(100, 130).mapToObj(TestEvents::event).toList(); // 30 events
        NdjsonFileDestination destination = NdjsonFileDestination.builder(file)
                .maxFileSize(maxFileSize).maxRolledFiles(5).build();

        assertThat(deliver(destination, sent, 4)).isZero();

        List<String> all = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            Path rolled = file.resolveSibling(file.getFileName() + "." + i);
            if (Files.exists(rolled)) {
                assertThat(Files.size(rolled)).isLessThanOrEqualTo(maxFileSize);
                all.addAll(lines(rolled));
            }
        }
        all.addAll(lines(file));
        assertThat(all).containsExactlyElementsOf(sent.stream().map(TestEvents::json).toList());
        for (String line : all) {
            assertThat(JSON.readTree(line).get("class_uid").asInt()).isEqualTo(3002);
        }
        assertThat(file.resolveSibling(file.getFileName() + ".4")).exists(); // 30 lines / 7 per file = 5 files
        assertThat(file.resolveSibling(file.getFileName() + ".5")).doesNotExist();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void deletesOnlyTheOldestFilesBeyondRetention() throws IOException {
        Path file = dir.resolve("events.ndjson");
        long lineSize = TestEvents.json(TestEvents.event(100)).length() + 1L;
        List<OutboundEvent> sent = IntStream.range(100, 120).mapToObj(TestEvents::event).toList(); // 20 events
        NdjsonFileDestination destination = NdjsonFileDestination.builder(file)
                .maxFileSize(lineSize * 5).maxRolledFiles(1).build();

        deliver(destination, sent, 3);

        assertThat(lines(file.resolveSibling("events.ndjson.1"))).containsExactlyElementsOf(
                sent.subList(10, 15).stream().map(TestEvents::json).toList());
        assertThat(lines(file)).containsExactlyElementsOf(sent.subList(15, 20).stream().map(TestEvents::json).toList());
        assertThat(file.resolveSibling("events.ndjson.2")).doesNotExist();
    }

    @Test
    void appendsToAnExistingFile() throws IOException {
        Path file = dir.resolve("events.ndjson");
        Files.writeString(file, "{\"earlier\":true}\n");
        deliver(NdjsonFileDestination.builder(file).build(), List.of(TestEvents.event(1)), 10);
        assertThat(lines(file)).containsExactly("{\"earlier\":true}", TestEvents.json(TestEvents.event(1)));
    }
}
