package uk.gov.justice.securityevents.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link EmitBenchmark} with two calling threads sharing the appender (as many as this machine has cores). */
@Threads(2)
public class EmitBenchmarkTwoThreads extends EmitBenchmark {
}
