package uk.gov.justice.securityevents.spring.internal;

import uk.gov.justice.securityevents.EmittedEvent;

/**
 * Told about every security event that reached the logging backend on logger {@code security-events}: feeds the
 * coverage table and the Micrometer counter. Called on the emitting thread, so implementations must be cheap and
 * must not throw.
 */
@FunctionalInterface
public interface EmissionObserver {
    /**
     * An event was logged.
     *
     * @param event the event with its envelope
     */
    void emitted(EmittedEvent event);
}
