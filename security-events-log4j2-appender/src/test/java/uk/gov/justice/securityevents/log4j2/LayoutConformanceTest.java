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

/** The whole catalogue through SLF4J into real Log4j2, written by SecurityEventLayout on a File appender. */
class LayoutConformanceTest extends AbstractOcsfConformanceTest {
    @TempDir
    Path dir;

    @Override
    protected List<String> outputFor(List<EmittedEvent> events) throws Exception {
        Path out = dir.resolve("layout.ndjson");
        LoggerContext context = Log4j2Config.load("log4j2-layout.xml",
                Map.of("OUT_FILE", out.toString(), "ROLLING_FILE", dir.resolve("rolling.ndjson").toString()));
        Logger logger = LoggerFactory.getLogger(SecurityEvents.LOGGER_NAME);
        for (EmittedEvent e : events) {
            logger.info(SecurityEvents.MARKER, SecurityEvents.MESSAGE_PATTERN, e);
        }
        context.stop();
        return Shipped.lines(out);
    }
}
