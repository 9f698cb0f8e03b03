package uk.gov.justice.securityevents.logback;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.conformance.AbstractOcsfConformanceTest;

/**
 * The whole catalogue through real Logback configured from XML, shipped by {@link SecurityEventAppender} to the NDJSON
 * file destination: every line OCSF-valid and byte-identical to the canonical writer (and so to the encoder).
 */
class AppenderConformanceTest extends AbstractOcsfConformanceTest {
    @TempDir
    Path dir;

    @Override
    protected List<String> outputFor(List<EmittedEvent> events) throws Exception {
        Path out = dir.resolve("shipped.ndjson");
        LoggerContext context = LogbackConfig.load("appender-file.xml",
                Map.of("OUT_FILE", out.toString(), "ORDINARY_FILE", dir.resolve("ordinary.log").toString()));
        Logger logger = LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME);
        for (EmittedEvent e : events) {
            logger.info(SecurityEvents.MARKER, SecurityEvents.MESSAGE_PATTERN, e);
        }
        context.stop(); // drains the pipeline
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
