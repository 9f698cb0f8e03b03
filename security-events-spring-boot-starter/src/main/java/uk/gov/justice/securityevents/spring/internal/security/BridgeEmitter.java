package uk.gov.justice.securityevents.spring.internal.security;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEvents;

/**
 * Builds and records a bridged event, never letting a problem in the bridge break the user's login, logout or
 * request: a failure is logged (the first one at WARN with its cause, later ones at DEBUG).
 */
public final class BridgeEmitter {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeEmitter.class);

    private final SecurityEvents securityEvents;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * Creates the emitter.
     *
     * @param securityEvents where events go: the application's {@link SecurityEvents} bean
     */
    public BridgeEmitter(SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
    }

    /** Builds the event and records it. */
    void emit(Supplier<? extends SecurityEvent> builder) {
        try {
            securityEvents.record(builder.get());
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("security-events: a Spring Security event could not be bridged", e);
            } else {
                LOG.debug("security-events: a Spring Security event could not be bridged", e);
            }
        }
    }
}
