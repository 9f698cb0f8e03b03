package uk.gov.justice.securityevents.log4j2;

import java.util.ArrayDeque;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.transport.SecurityEventShipper;
import uk.gov.justice.securityevents.transport.StatusReporter;

/**
 * The few events a new {@code SecurityEvents} appender receives during a Log4j2 reconfiguration while the previous
 * configuration's appender still holds the disk spool directory (Log4j2 starts the new configuration before it stops
 * the old one). Bounded; the pipeline is built on the first event after {@link #RETRY_MILLIS}.
 */
final class SpoolHandover {
    /** Events held at most while waiting: {@value}. */
    static final int MAX_HELD = 1000;
    /** Shortest interval between two attempts to take the spool: {@value} ms. */
    static final long RETRY_MILLIS = 20;

    private final ArrayDeque<EmittedEvent> held = new ArrayDeque<>();
    private long dropped;
    private long lastAttempt = System.nanoTime();

    static boolean isHeldInThisProcess(IllegalStateException e) {
        String m = e.getMessage();
        return m != null && m.contains("already used by another pipeline in this process");
    }

    /** Whether a new attempt to build may be made now. */
    boolean due() {
        long now = System.nanoTime();
        if (now - lastAttempt >= RETRY_MILLIS * 1_000_000L) {
            lastAttempt = now;
            return true;
        }
        return false;
    }

    void hold(EmittedEvent event) {
        if (held.size() == MAX_HELD) {
            held.pollFirst();
            dropped++;
        }
        held.addLast(event);
    }

    void drainTo(SecurityEventShipper shipper, StatusReporter status) {
        for (EmittedEvent e : held) {
            shipper.ship(e);
        }
        held.clear();
        if (dropped > 0) {
            status.warn(dropped + " security event(s) dropped while waiting for the spool directory");
        }
    }

    void abandon(StatusReporter status) {
        if (!held.isEmpty() || dropped > 0) {
            status.warn((held.size() + dropped) + " security event(s) not delivered: stopped while waiting for the"
                    + " spool directory");
        }
        held.clear();
    }
}
