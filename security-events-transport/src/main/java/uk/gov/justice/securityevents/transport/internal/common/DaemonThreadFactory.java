package uk.gov.justice.securityevents.transport.internal.common;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names every thread we create ({@code security-events-...-N}) and makes it a daemon, so it never keeps a JVM alive. */
public final class DaemonThreadFactory implements ThreadFactory {

    private static final AtomicInteger POOL = new AtomicInteger();

    private final String prefix;
    private final AtomicInteger counter = new AtomicInteger();

    /** @param role e.g. {@code http} gives {@code security-events-http-<pool>-<n>} */
    public DaemonThreadFactory(String role) {
        this.prefix = "security-events-" + role + "-" + POOL.incrementAndGet() + "-";
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, prefix + counter.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
