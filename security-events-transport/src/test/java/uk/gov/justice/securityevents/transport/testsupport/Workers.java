package uk.gov.justice.securityevents.transport.testsupport;

import java.util.concurrent.atomic.AtomicReference;

/** Starts test worker threads whose first failure (an assertion included) is kept for the test thread to check. */
public final class Workers {

    /** What a worker runs. */
    @FunctionalInterface
    public interface Body {
        /** @throws Exception anything, kept as the failure */
        void run() throws Exception;
    }

    private Workers() {
    }

    /**
     * @param failure where the first failure of any worker sharing it is kept
     * @param body    the work
     * @return the started daemon thread
     */
    public static Thread start(AtomicReference<Throwable> failure, Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
