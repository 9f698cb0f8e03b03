package uk.gov.justice.securityevents;

import java.util.Objects;

/**
 * An event with its envelope: what {@link SecurityEvents} hands to SLF4J as the log argument, so Logback and Log4j2
 * appenders receive the typed object intact. Its {@code toString()} is the short, injection-safe line that ordinary
 * log layouts print.
 */
public final class EmittedEvent {
    private final SecurityEvent event;
    private final Envelope envelope;

    /**
     * Pairs an event with its envelope.
     *
     * @param event    the event
     * @param envelope its envelope
     */
    public EmittedEvent(SecurityEvent event, Envelope envelope) {
        this.event = Objects.requireNonNull(event, "event");
        this.envelope = Objects.requireNonNull(envelope, "envelope");
    }

    /** The typed event. */
    public SecurityEvent event() {
        return event;
    }

    /** Its envelope. */
    public Envelope envelope() {
        return envelope;
    }

    @Override
    public String toString() {
        return event + " uid=" + envelope.uid() + " seq=" + envelope.sequence();
    }
}
