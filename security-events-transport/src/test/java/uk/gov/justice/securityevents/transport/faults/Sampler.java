package uk.gov.justice.securityevents.transport.faults;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import uk.gov.justice.securityevents.transport.DeliveryPipeline;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;

/**
 * Samples, every 20 ms while a scenario runs: the JVM's heap in use ({@link MemoryMXBean}, garbage included, so an
 * upper bound of what the pipeline needs), and the pipelines' held bytes and spool bytes.
 */
final class Sampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final List<DeliveryPipeline> pipelines;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakHeld = new AtomicLong();
    private final AtomicLong peakSpoolBytes = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    Sampler(List<DeliveryPipeline> pipelines) {
        this.pipelines = pipelines;
        this.thread = new Thread(this::run, "fault-suite-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        peakHeap.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        for (DeliveryPipeline p : pipelines) {
            DeliverySnapshot s = p.snapshot();
            peakHeld.accumulateAndGet(s.heldBytes(), Math::max);
            peakSpoolBytes.accumulateAndGet(s.spoolBytes(), Math::max);
        }
    }

    /** @return heap in use after a full collection now: the live set, what the scenario really retains */
    static long liveHeapAfterGc() {
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    long peakHeap() {
        return peakHeap.get();
    }

    long peakHeld() {
        return peakHeld.get();
    }

    long peakSpoolBytes() {
        return peakSpoolBytes.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }
}
