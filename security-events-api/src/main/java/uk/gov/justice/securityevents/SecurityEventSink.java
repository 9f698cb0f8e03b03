package uk.gov.justice.securityevents;

/**
 * Service-provider interface for an output that ships events (the SDK's Logback and Log4j2 appenders, the Spring Boot
 * starter): it registers with {@link StartupBuffer#attach(SecurityEventSink)} when it starts, receives the events that
 * were emitted before any shipping output existed, and unregisters with {@link StartupBuffer#detach(SecurityEventSink)}
 * when it stops. Application code never implements it.
 */
@FunctionalInterface
public interface SecurityEventSink {
    /**
     * Takes one event that was emitted before this sink existed. Called on the thread that attaches the sink, in
     * emission order; must not throw (an exception is swallowed and the event counted as dropped by the buffer).
     *
     * @param event the event with its envelope
     */
    void accept(EmittedEvent event);
}
