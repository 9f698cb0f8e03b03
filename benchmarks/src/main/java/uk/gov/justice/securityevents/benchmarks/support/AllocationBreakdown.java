package uk.gov.justice.securityevents.benchmarks.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.logback.SecurityEventEncoder;

/**
 * Bytes allocated per call by the pieces of the SDK's serialisation and emit paths, measured exactly with the JVM's
 * per-thread allocation counter after warm-up (complements JFR's sampled allocation profile, which is statistical and
 * changes with C2's escape analysis). Run: {@code java -cp benchmarks/target/benchmarks.jar
 * uk.gov.justice.securityevents.benchmarks.support.AllocationBreakdown}.
 */
public final class AllocationBreakdown {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WARMUP = 200_000;
    private static final int MEASURED = 100_000;

    private AllocationBreakdown() {
    }

    interface Op {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        SecurityEventWriter writer = SecurityEventWriter.create(Fixtures.context());
        EmittedEvent login = Fixtures.emitted(Fixtures.loginFailure());
        ReusableSink sink = new ReusableSink(4096);
        DateTimeFormatter timeDt = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                .withZone(ZoneOffset.UTC);
        Instant time = Fixtures.TIME;
        JsonFactory factory = JsonFactory.builder().build();
        SecurityEvents events = SecurityEvents.builder().build();

        LoggerContext context = new LoggerContext();
        SecurityEventEncoder encoder = new SecurityEventEncoder();
        encoder.setContext(context);
        encoder.setServiceName(Fixtures.SERVICE_NAME);
        encoder.setServiceVersion(Fixtures.SERVICE_VERSION);
        encoder.setHostname(Fixtures.HOSTNAME);
        encoder.start();
        LoggingEvent logEvent = new LoggingEvent(Logger.class.getName(), context.getLogger("security-events"),
                Level.WARN, SecurityEvents.MESSAGE_PATTERN, null, new Object[] {login});

        measure("SecurityEventWriter.write(event, reused sink) [sdk]", () -> {
            sink.reset();
            writer.write(login, sink);
            return sink;
        });
        measure("SecurityEventWriter.toBytes(event)", () -> writer.toBytes(login));
        measure("SecurityEventEncoder.encode(loggingEvent) [sdkEncoder]", () -> encoder.encode(logEvent));
        measure("  reference (no longer on the writer path): time_dt via DateTimeFormatter.format(instant)",
                () -> timeDt.format(time.truncatedTo(ChronoUnit.MICROS)));
        measure("  reference (no longer on the writer path): JsonFactory.createGenerator + close", () -> {
            sink.reset();
            try (JsonGenerator g = factory.createGenerator(sink)) {
                g.writeStartObject();
                g.writeEndObject();
            }
            return sink;
        });
        measure("emit, caller: SecurityEvents.stamp(event) (UUIDv7, clock, sequence)",
                () -> events.stamp(login.event()));
        measure("emit, caller: EmittedEvent.toString() (the human log message)", login::toString);
        measure("emit, caller: new LoggingEvent + getFormattedMessage (AsyncAppender prepare)", () -> {
            LoggingEvent e = new LoggingEvent(Logger.class.getName(), context.getLogger("security-events"),
                    Level.WARN, SecurityEvents.MESSAGE_PATTERN, null, new Object[] {login});
            return e.getFormattedMessage();
        });
    }

    private static void measure(String what, Op op) throws Exception {
        Object keep = null;
        for (int i = 0; i < WARMUP; i++) {
            keep = op.run();
        }
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            keep = op.run();
        }
        long nanos = System.nanoTime() - start;
        long after = THREADS.getThreadAllocatedBytes(id);
        System.out.printf("%8.0f B/call %8.0f ns/call  %s%n", (after - before) / (double) MEASURED,
                nanos / (double) MEASURED, what);
        if (keep == null) {
            throw new IllegalStateException();
        }
    }
}
