package uk.gov.justice.securityevents.logback;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.conformance.AbstractOcsfConformanceTest;

/** The whole catalogue through real Logback, configured from XML, with the encoder on a file appender. */
class EncoderConformanceTest extends AbstractOcsfConformanceTest {
    @TempDir
    Path dir;

    @AfterEach
    void resetLogging() {
        ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).reset();
    }

    @Override
    protected List<String> outputFor(List<EmittedEvent> events) throws Exception {
        Path out = dir.resolve("conformance.ndjson");
        LogbackConfig.load("encoder-to-file.xml", Map.of("OUT_FILE", out.toString()));
        Logger logger = LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME);
        for (EmittedEvent e : events) {
            logger.info(SecurityEvents.MARKER, SecurityEvents.MESSAGE_PATTERN, e);
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
