package uk.gov.justice.securityevents.spring.internal.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.spring.internal.EmissionObserver;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;

/**
 * A Logback appender that writes nothing: it tells the coverage table (from the first event) and the other
 * {@link EmissionObserver}s (once the context is refreshed) about each security event on logger
 * {@code security-events}. Unsynchronised, so it adds no lock to the emit path.
 */
final class EmissionTap extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private final PrincipleCoverage coverage;
    private volatile List<EmissionObserver> others = List.of();

    EmissionTap(PrincipleCoverage coverage) {
        this.coverage = coverage;
    }

    /** Sets the observers other than the coverage table. */
    void observers(List<EmissionObserver> observers) {
        this.others = List.copyOf(observers);
    }

    @Override
    protected void append(ILoggingEvent logEvent) {
        EmittedEvent event = EmittedEvent.findIn(logEvent.getArgumentArray());
        if (event == null) {
            return;
        }
        coverage.emitted(event);
        for (EmissionObserver observer : others) {
            try {
                observer.emitted(event);
            } catch (RuntimeException e) {
                // An observer (metrics) must never break logging; Logback's status manager records it.
                addError("security-events observer failed", e);
            }
        }
    }
}
