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

    /**
     * Finds the security event among a log call's arguments, as the SDK's appenders do: an {@link EmittedEvent} is
     * returned as is; a bare {@link SecurityEvent} logged directly (e.g. {@code log.info("{}", event)}) is stamped by
     * the default {@link SecurityEvents} instance so it is not lost.
     *
     * @param arguments the log call's arguments, may be null
     * @return the event, or null when the log call carried none
     */
    public static EmittedEvent findIn(Object[] arguments) {
        if (arguments == null) {
            return null;
        }
        for (Object argument : arguments) {
            if (argument instanceof EmittedEvent) {
                return (EmittedEvent) argument;
            }
        }
        for (Object argument : arguments) {
            if (argument instanceof SecurityEvent) {
                return SecurityEvents.getDefault().stamp((SecurityEvent) argument);
            }
        }
        return null;
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
