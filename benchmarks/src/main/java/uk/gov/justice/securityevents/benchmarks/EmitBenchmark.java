package uk.gov.justice.securityevents.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.StartupBuffer;
import uk.gov.justice.securityevents.benchmarks.support.DiscardingAppender;
import uk.gov.justice.securityevents.benchmarks.support.DiscardingHttpsCollector;
import uk.gov.justice.securityevents.benchmarks.support.Fixtures;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;

/**
 * Caller-thread cost of emitting one security event through SLF4J and an asynchronous Logback appender whose final
 * output discards, at one thread ({@link EmitBenchmark}) and two ({@link EmitBenchmarkTwoThreads}).
 *
 * <p>Each {@link #variant} is one Logback configuration, {@code /emit/<variant>.xml} in this module:
 * <ul>
 *   <li>{@code sdkAsyncEncoder}: {@link SecurityEvents#record} (envelope: UUIDv7, clock, sequence) -> Logback
 *       {@code AsyncAppender} -> our {@code SecurityEventEncoder} on a discarding {@code OutputStreamAppender};</li>
 *   <li>{@code logstashAsync}: {@code logger.warn(marker, msg, kv(...)...)} -> Logback {@code AsyncAppender} ->
 *       {@code LogstashEncoder} on a discarding {@code OutputStreamAppender};</li>
 *   <li>{@code logstashDisruptor}: the same call -> logstash-logback-encoder's
 *       {@code LoggingEventAsyncDisruptorAppender} -> {@code LogstashEncoder} on a discarding appender;</li>
 *   <li>{@code sdkAppender} (what issue 8 compares): {@link SecurityEvents#record} -> the SDK's shipping
 *       {@code SecurityEventAppender} (offers the event with its writer to the transport's bounded queue; the
 *       sender thread serialises it while it keeps up, the calling thread when the sender is behind) ->
 *       {@code DeliveryPipeline} -> the {@code stdout} destination writing to a discarding stream
 *       ({@link System#out} is replaced here before the configuration is loaded, and restored at the end);</li>
 *   <li>{@code sdkAppenderHttps}: the same appender -> HTTPS with gzip to a loopback collector that reads and
 *       discards (started here; {@code bench.*} system properties feed the XML). Its queue is 64 MiB with
 *       {@code BLOCK} overflow, so when delivery is slower than the callers the caller cost includes waiting for
 *       delivery.</li>
 *   <li>{@code sdkRecordOnly} and {@code sdkSerialiseOnly} (not in the default list; {@code -p variant=...}): the
 *       calling thread's part of {@code sdkAppender} alone, without the queue and sender — {@code record}, SLF4J,
 *       Logback and the dispatch; then also the serialisation ({@code CallerWorkAppender}; what the calling thread
 *       does per event when it serialises, i.e. when the sender is behind).</li>
 * </ul>
 * A variant whose name starts with {@code sdk} emits with {@link SecurityEvents#record}; any other logs the
 * equivalent structured call on logger {@code bench}. Selecting variants is the {@code @Param} line below (or
 * {@code -p variant=a,b} at run time, no code change); a new variant is one more {@code /emit/<variant>.xml}.
 *
 * <p>The queues block when full (nothing is dropped); at the end of the trial the appenders are drained and the events
 * that reached the sink are compared with those emitted, and any difference is printed as {@code LOST}. When the
 * encoder thread is slower than the callers the queue fills and the caller cost reported is the back-pressured
 * steady state, not the bare enqueue: the per-iteration line {@code backlog=} (emitted but not yet encoded) shows it.
 * Events are built once per calling thread ({@link CallerEvent}); the cost measured is the library's, not the
 * caller's builder.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// 10 x 2 s: with two callers and the sender sharing two cores, the shipping appender's per-call cost was still
// falling after 5 warm-up iterations on the reference machine (2.4 -> 1.7 us), and reached its steady state by ~20 s.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class EmitBenchmark {

    @Param({"sdkAppender", "sdkAsyncEncoder", "logstashAsync", "logstashDisruptor", "sdkAppenderHttps"})
    public String variant;

    private LoggerContext context;
    private boolean sdk;
    private SecurityEvents events;
    private Logger plain;
    private final LongAdder emitted = new LongAdder();
    private DiscardingHttpsCollector collector;
    private Path tlsDir;
    /** The real standard output while {@code sdkAppender} runs with {@link System#out} discarding. */
    private PrintStream console = System.out;

    @Setup(Level.Trial)
    public void setUp() throws JoranException, IOException {
        if (variant.equals("sdkAppenderHttps")) {
            startCollector();
        }
        if (variant.equals("sdkAppender")) {
            // the stdout destination captures System.out when it is created: make that a stream that discards
            console = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        }
        context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        URL config = EmitBenchmark.class.getResource("/emit/" + variant + ".xml");
        if (config == null) {
            throw new IllegalArgumentException("no Logback configuration /emit/" + variant + ".xml");
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
        for (Status s : context.getStatusManager().getCopyOfStatusList()) {
            if (s.getLevel() >= Status.WARN) {
                throw new IllegalStateException("Logback configuration " + variant + ": " + s);
            }
        }
        sdk = variant.startsWith("sdk");
        if (shippingAppender() == null) {
            // The steady state of a configuration without a shipping appender: SecurityEvents.record collects into the
            // startup buffer only until a shipping output attaches or, with only formatting outputs, for the start-up
            // grace (StartupBuffer.DEFAULT_FORMATTING_GRACE, 60 s: longer than a trial). Measure after it, as a
            // service that has been up for a minute runs.
            StartupBuffer.global().attach(held -> { });
        }
        events = SecurityEvents.builder().build();
        plain = LoggerFactory.getLogger("bench");
    }

    /** A loopback HTTPS collector that discards, and the trust settings the shipping appender's XML reads. */
    private void startCollector() throws IOException {
        TestCertificates certs = TestCertificates.generate();
        collector = new DiscardingHttpsCollector(certs.serverContext(false));
        tlsDir = Files.createTempDirectory("emit-benchmark");
        var trust = certs.clientTrust(tlsDir);
        System.setProperty("bench.collector.url", collector.uri().toString());
        System.setProperty("bench.truststore", trust.trustStore().toString());
        System.setProperty("bench.truststore.password.file", tlsDir.resolve("truststore.password").toString());
        System.setProperty("bench.apikey.file",
                Files.writeString(tlsDir.resolve("api-key"), "benchmark-key\n").toString());
    }

    /**
     * The event each calling thread emits, built once per thread: an application builds its own event per call, so
     * no two threads read one event object (a shared instance would also put its cache lines next to whatever the
     * garbage collector copies beside it).
     */
    @State(Scope.Thread)
    public static class CallerEvent {
        SecurityEvent event;
        /** The same content as structured arguments, for the variants that log it with a plain SLF4J call. */
        Object[] arguments;

        @Setup(Level.Trial)
        public void build() {
            event = Fixtures.loginFailure();
            arguments = Fixtures.structuredArguments();
        }
    }

    @Benchmark
    public Object emit(CallerEvent caller) {
        emitted.increment();
        if (sdk) {
            return events.record(caller.event);
        }
        plain.warn(SecurityEvents.MARKER, Fixtures.MESSAGE, caller.arguments);
        return caller.arguments;
    }

    @TearDown(Level.Iteration)
    public void reportBacklog() {
        long backlog = emitted.sum() - arrived();
        console.println("[emit] variant=" + variant + " emitted=" + emitted.sum() + " backlog=" + backlog);
    }

    /** Events that reached the end of the variant's path: the discarding sink, or the pipeline's deliveries. */
    private long arrived() {
        Object appender = shippingAppender();
        if (appender == null) {
            return DiscardingAppender.EVENTS.sum();
        }
        return ((Number) call(call(appender, "snapshot"), "delivered")).longValue();
    }

    /** The SDK's shipping appender (the {@code sdkAppender*} variants), or null. */
    private Object shippingAppender() {
        return context.getLogger(SecurityEvents.LOGGER_NAME).getAppender("SECURITY_EVENTS");
    }

    private static Object call(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void drainAndCheck() throws IOException {
        Object appender = shippingAppender();
        context.stop(); // drains AsyncAppender / the disruptor / the pipeline within their deadlines
        long sent = emitted.sum();
        long arrived;
        if (appender != null) {
            Object snapshot = call(appender, "snapshot");
            arrived = ((Number) call(snapshot, "delivered")).longValue();
            console.println("[emit] variant=" + variant + " pipeline " + snapshot);
        } else {
            arrived = DiscardingAppender.EVENTS.sum();
        }
        console.println("[emit] variant=" + variant + " emitted=" + sent + " reachedSink=" + arrived
                + " bytesPerEvent=" + (arrived == 0 ? 0 : DiscardingAppender.BYTES.sum() / arrived)
                + (sent == arrived ? " dropped=0" : " LOST=" + (sent - arrived)));
        if (sdk && events.notLoggedCount() != 0) {
            console.println("[emit] LOST notLogged=" + events.notLoggedCount());
        }
        if (console != System.out) {
            System.setOut(console);
        }
        if (collector != null) {
            collector.close();
            try (var files = Files.list(tlsDir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tlsDir);
        }
    }
}
