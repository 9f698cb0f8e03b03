package uk.gov.justice.securityevents.logback;

import ch.qos.logback.core.spi.ContextAware;
import uk.gov.justice.securityevents.transport.StatusReporter;

/**
 * Bridges the transport's delivery health to Logback's status manager ({@code addWarn}/{@code addInfo}), where
 * {@code <configuration debug="true">}, {@code StatusPrinter}, Spring Boot and status listeners show it: failures of the
 * platform are reported locally, never only through the failing channel.
 */
final class LogbackStatusReporter implements StatusReporter {
    private final ContextAware owner;
    private final String prefix;

    LogbackStatusReporter(ContextAware owner, String appenderName) {
        this.owner = owner;
        this.prefix = "security-events appender '" + appenderName + "': ";
    }

    @Override
    public void warn(String message) {
        owner.addWarn(prefix + message);
    }

    @Override
    public void info(String message) {
        owner.addInfo(prefix + message);
    }
}
