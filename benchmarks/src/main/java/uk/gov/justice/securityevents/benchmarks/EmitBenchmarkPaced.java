package uk.gov.justice.securityevents.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link EmitBenchmark} with a paced caller: one event every {@link #pauseMicros} µs (plus the park's own overshoot),
 * well below what every consumer sustains, so the queue stays nearly empty and the figure is the bare caller cost of
 * an emit (enqueue, plus serialisation for the shipping appender) rather than the back-pressured steady state.
 * {@code Mode.SampleTime}: every call is timed, so the percentiles show the tail. The pause is a per-invocation
 * {@code @Setup}, which JMH does not time.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
public class EmitBenchmarkPaced extends EmitBenchmark {
    /** Pause before each event, in microseconds. */
    @Param({"50"})
    public int pauseMicros;

    @Setup(Level.Invocation)
    public void pace() {
        LockSupport.parkNanos(pauseMicros * 1_000L);
    }
}
