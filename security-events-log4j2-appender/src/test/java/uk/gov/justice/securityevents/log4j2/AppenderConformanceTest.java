package uk.gov.justice.securityevents.log4j2;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.conformance.AbstractOcsfConformanceTest;

/**
 * The whole catalogue through SLF4J into real Log4j2 configured from XML, shipped by the {@code SecurityEvents}
 * appender to the NDJSON file destination: OCSF-valid and byte-identical to the canonical writer.
 */
class AppenderConformanceTest extends AbstractOcsfConformanceTest {
    @TempDir
    Path dir;

    @Override
    protected List<String> outputFor(List<EmittedEvent> events) throws Exception {
        Path out = dir.resolve("shipped.ndjson");
        LoggerContext context = Log4j2Config.load("log4j2-appender-file.xml",
                Map.of("OUT_FILE", out.toString(), "ORDINARY_FILE", dir.resolve("ordinary.log").toString()));
        Logger logger = LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME);
        for (EmittedEvent e : events) {
            logger.info(SecurityEvents.MARKER, SecurityEvents.MESSAGE_PATTERN, e);
        }
        context.stop(); // drains the pipeline
        return Shipped.lines(out);
    }
}
