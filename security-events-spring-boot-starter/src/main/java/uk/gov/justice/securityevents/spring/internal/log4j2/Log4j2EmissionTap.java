package uk.gov.justice.securityevents.spring.internal.log4j2;

import java.util.List;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.spring.internal.EmissionObserver;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;

/** Writes nothing: feeds the coverage table and the other {@link EmissionObserver}s, as the Logback tap does. */
final class Log4j2EmissionTap extends AbstractAppender {
    private final PrincipleCoverage coverage;
    private volatile List<EmissionObserver> others = List.of();
    private volatile boolean closing;

    Log4j2EmissionTap(String name, PrincipleCoverage coverage) {
        super(name, null, null, true, Property.EMPTY_ARRAY);
        this.coverage = coverage;
    }

    /**
     * Log4j2 stops the previous configuration's appenders after the new configuration is announced, and this tap is
     * carried over to the new one: only the installer stops it ({@link #close()}).
     */
    @Override
    public boolean stop(long timeout, java.util.concurrent.TimeUnit timeUnit) {
        return closing ? super.stop(timeout, timeUnit) : true;
    }

    @Override
    public void stop() {
        if (closing) {
            super.stop();
        }
    }

    /** Stops the tap for good. */
    void close() {
        closing = true;
        stop();
    }

    void observers(List<EmissionObserver> observers) {
        this.others = List.copyOf(observers);
    }

    @Override
    public void append(LogEvent logEvent) {
        if (logEvent.getMessage() == null) {
            return;
        }
        EmittedEvent event = EmittedEvent.findIn(logEvent.getMessage().getParameters());
        if (event == null) {
            return;
        }
        coverage.emitted(event);
        for (EmissionObserver observer : others) {
            try {
                observer.emitted(event);
            } catch (RuntimeException e) {
                error("security-events observer failed", logEvent, e);
            }
        }
    }
}
