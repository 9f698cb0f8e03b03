package uk.gov.justice.securityevents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event with its envelope: what {@link SecurityEvents} hands to SLF4J as the log argument, so Logback and Log4j2
 * appenders receive the typed object intact. Its {@code toString()} is the short, injection-safe line that ordinary
 * log layouts print.
 */
public final class EmittedEvent {
    private final SecurityEvent event;
    private final Envelope envelope;
    private final Map<String, String> mdc;

    /**
     * Pairs an event with its envelope.
     *
     * @param event    the event
     * @param envelope its envelope
     */
    public EmittedEvent(SecurityEvent event, Envelope envelope) {
        this(event, envelope, Collections.emptyMap());
    }

    private EmittedEvent(SecurityEvent event, Envelope envelope, Map<String, String> mdc) {
        this.event = Objects.requireNonNull(event, "event");
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.mdc = mdc;
    }

    /**
     * The same event and envelope carrying diagnostic context values (a logging framework's MDC / ThreadContext, as
     * selected by an appender's allow-list), which the canonical writer puts under {@code unmapped.mdc.<key>} as
     * free text: escaped, bounded and scrubbed of secrets like every other string. Null keys and values are left
     * out; an empty map gives an event without {@code unmapped.mdc}.
     *
     * @param values keys and values, copied in iteration order
     * @return a new instance; this one is unchanged
     */
    public EmittedEvent withMdc(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Objects.requireNonNull(values, "values").entrySet()) {
            if (e.getKey() != null && e.getValue() != null) {
                copy.put(e.getKey(), e.getValue());
            }
        }
        return new EmittedEvent(event, envelope, copy.isEmpty() ? Collections.emptyMap()
                : Collections.unmodifiableMap(copy));
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

    /** Diagnostic context values written under {@code unmapped.mdc} (see {@link #withMdc(Map)}); usually empty. */
    public Map<String, String> mdc() {
        return mdc;
    }

    @Override
    public String toString() {
        return event.appendSummaryTo(new StringBuilder(128)).append(" uid=").append(envelope.uid()).append(" seq=")
                .append(envelope.sequence()).toString();
    }
}
