package uk.gov.justice.securityevents.log4j2;

import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.status.StatusLogger;
import uk.gov.justice.securityevents.transport.StatusReporter;

/**
 * Bridges the transport's delivery health to Log4j2's {@link StatusLogger}, where {@code <Configuration status="warn">},
 * status listeners and Spring Boot show it: failures of the platform are reported locally, never only through the
 * failing channel.
 */
final class Log4j2StatusReporter implements StatusReporter {
    private static final Logger STATUS = StatusLogger.getLogger();
    private final String prefix;

    Log4j2StatusReporter(String appenderName) {
        this.prefix = "security-events appender '" + appenderName + "': ";
    }

    @Override
    public void warn(String message) {
        STATUS.warn("{}{}", prefix, message);
    }

    @Override
    public void info(String message) {
        STATUS.info("{}{}", prefix, message);
    }
}
