package uk.gov.justice.securityevents.transport.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * Offers a bounded number of events at a steady rate from one thread (the "application"), timing every
 * {@code offer} call. Events are numbered 1..count under one producer id ({@code metadata.reporter.uid}).
 */
final class SteadyProducer {

    private final String reporter;
    private final int count;
    private final long periodNanos;
    private final Predicate<OutboundEvent> offer;
    private final long[] latencies;
    private final AtomicInteger produced = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread thread;
    private volatile CountDownLatch pauseRequest;
    private volatile CountDownLatch pausedAck;
    private volatile Throwable failure;

    SteadyProducer(String reporter, int count, int eventsPerSecond, Predicate<OutboundEvent> offer) {
        this.reporter = reporter;
        this.count = count;
        this.periodNanos = TimeUnit.SECONDS.toNanos(1) / eventsPerSecond;
        this.offer = offer;
        this.latencies = new long[count];
        this.thread = new Thread(this::run, "producer-" + reporter);
        this.thread.setDaemon(true);
    }

    String reporter() {
        return reporter;
    }

    int count() {
        return count;
    }

    SteadyProducer start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                CountDownLatch resume = pauseRequest;
                if (resume != null) {
                    pausedAck.countDown();
                    resume.await();
                    t0 = System.nanoTime() - i * periodNanos; // keep the rate from here on
                }
                long due = t0 + i * periodNanos;
                for (long now; (now = System.nanoTime()) - due < 0; ) {
                    LockSupport.parkNanos(due - now);
                }
                OutboundEvent e = FaultEvents.event(reporter, i + 1);
                long start = System.nanoTime();
                boolean ok = offer.test(e);
                latencies[i] = System.nanoTime() - start;
                if (ok) {
                    accepted.incrementAndGet();
                }
                produced.incrementAndGet();
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Pauses the producer between two events, runs {@code action}, then resumes at the same rate. */
    void pauseWhile(Runnable action) throws InterruptedException {
        CountDownLatch resume = new CountDownLatch(1);
        pausedAck = new CountDownLatch(1);
        pauseRequest = resume;
        boolean paused = pausedAck.await(30, TimeUnit.SECONDS) || !thread.isAlive();
        try {
            if (!paused) {
                throw new IllegalStateException("producer did not pause");
            }
            action.run();
        } finally {
            pauseRequest = null;
            resume.countDown();
        }
    }

    void join(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("producer " + reporter + " did not finish within " + timeout);
        }
        if (failure != null) {
            throw new AssertionError("producer " + reporter + " failed", failure);
        }
    }

    int produced() {
        return produced.get();
    }

    int accepted() {
        return accepted.get();
    }

    /** @param percentile e.g. 99.0 @return that percentile of offer latency */
    Duration offerLatency(double percentile) {
        int n = produced.get();
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * n) - 1;
        return Duration.ofNanos(sorted[Math.max(0, Math.min(n - 1, index))]);
    }
}
