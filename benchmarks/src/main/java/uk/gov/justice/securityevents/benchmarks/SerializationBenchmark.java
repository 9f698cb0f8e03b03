package uk.gov.justice.securityevents.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import co.elastic.logging.logback.EcsEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.benchmarks.support.Fixtures;
import uk.gov.justice.securityevents.benchmarks.support.LoginFailurePojo;
import uk.gov.justice.securityevents.benchmarks.support.ReusableSink;
import uk.gov.justice.securityevents.logback.SecurityEventEncoder;

/**
 * Cost of turning one security event into JSON bytes, on the calling thread, with no I/O.
 *
 * <p>The head-to-head group encodes the same failed login ({@link Fixtures}):
 * <ul>
 *   <li>{@code sdk}: the canonical OCSF writer, {@link SecurityEventWriter#write} into a reused sink;</li>
 *   <li>{@code sdkEncoder}: our Logback {@link SecurityEventEncoder#encode}, which returns a fresh {@code byte[]}
 *       (what a Logback {@code OutputStreamAppender} calls);</li>
 *   <li>{@code logstash}: logstash-logback-encoder's {@link LogstashEncoder#encode} of a Logback event carrying the
 *       fields as {@code StructuredArguments} and MDC (trace/span), returning a fresh {@code byte[]};</li>
 *   <li>{@code logstashStreaming}: the same encoder's streaming {@code encode(event, OutputStream)} into a reused
 *       sink (the like-for-like comparison with {@code sdk});</li>
 *   <li>{@code ecs}: ecs-logging-java's {@link EcsEncoder} with the fields in the MDC (its only structured input);</li>
 *   <li>{@code jacksonDatabind}: {@link ObjectMapper#writeValueAsBytes} of a plain POJO, the naive baseline.</li>
 * </ul>
 * The Logback events are built once in setup, with a typical servlet thread name, (their formatted message is cached after the first call), which
 * flatters the Logback-based encoders slightly. The output sizes differ because the formats do: OCSF carries its
 * classification, metadata and enrichment; they are printed once at setup.
 *
 * <p>The family group encodes one representative event of each family with {@code sdk}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class SerializationBenchmark {

    private SecurityEventWriter writer;
    private ReusableSink sink;
    private EmittedEvent login;
    private EmittedEvent group;
    private EmittedEvent dns;
    private EmittedEvent network;
    private EmittedEvent activity;

    private SecurityEventEncoder sdkEncoder;
    private LoggingEvent sdkLogEvent;
    private LogstashEncoder logstashEncoder;
    private LoggingEvent logstashEvent;
    private EcsEncoder ecsEncoder;
    private LoggingEvent ecsEvent;
    private ObjectMapper mapper;
    private LoginFailurePojo pojo;

    @Setup
    public void setUp() throws IOException {
        writer = SecurityEventWriter.create(Fixtures.context());
        sink = new ReusableSink(4096);
        login = Fixtures.emitted(Fixtures.loginFailure());
        group = Fixtures.emitted(Fixtures.groupMemberAdded());
        dns = Fixtures.emitted(Fixtures.dnsQuery());
        network = Fixtures.emitted(Fixtures.inboundConnectionRejected());
        activity = Fixtures.emitted(Fixtures.userActivity());

        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("security-events");

        sdkEncoder = new SecurityEventEncoder();
        sdkEncoder.setContext(context);
        sdkEncoder.setServiceName(Fixtures.SERVICE_NAME);
        sdkEncoder.setServiceVersion(Fixtures.SERVICE_VERSION);
        sdkEncoder.setHostname(Fixtures.HOSTNAME);
        sdkEncoder.start();
        sdkLogEvent = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, SecurityEvents.MESSAGE_PATTERN,
                null, new Object[] {login});
        sdkLogEvent.addMarker(SecurityEvents.MARKER);
        sdkLogEvent.setTimeStamp(Fixtures.TIME.toEpochMilli());
        sdkLogEvent.setThreadName(Fixtures.THREAD_NAME);

        logstashEncoder = new LogstashEncoder();
        logstashEncoder.setContext(context);
        logstashEncoder.setCustomFields("{\"service.name\":\"" + Fixtures.SERVICE_NAME + "\",\"service.version\":\""
                + Fixtures.SERVICE_VERSION + "\",\"host.name\":\"" + Fixtures.HOSTNAME + "\"}");
        logstashEncoder.start();
        logstashEvent = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, Fixtures.MESSAGE, null,
                Fixtures.structuredArguments());
        logstashEvent.addMarker(SecurityEvents.MARKER);
        logstashEvent.setTimeStamp(Fixtures.TIME.toEpochMilli());
        logstashEvent.setThreadName(Fixtures.THREAD_NAME);
        Map<String, String> traceMdc = new LinkedHashMap<>();
        traceMdc.put("trace.id", Fixtures.TRACE_ID);
        traceMdc.put("span.id", Fixtures.SPAN_ID);
        logstashEvent.setMDCPropertyMap(traceMdc);

        ecsEncoder = new EcsEncoder();
        ecsEncoder.setContext(context);
        ecsEncoder.setServiceName(Fixtures.SERVICE_NAME);
        ecsEncoder.setServiceVersion(Fixtures.SERVICE_VERSION);
        ecsEncoder.setServiceNodeName(Fixtures.HOSTNAME);
        ecsEncoder.start();
        ecsEvent = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, Fixtures.MESSAGE, null, null);
        ecsEvent.addMarker(SecurityEvents.MARKER);
        ecsEvent.setTimeStamp(Fixtures.TIME.toEpochMilli());
        ecsEvent.setThreadName(Fixtures.THREAD_NAME);
        Map<String, String> mdc = new LinkedHashMap<>();
        mdc.put("event.action", Fixtures.EVENT_CODE);
        mdc.put("event.outcome", "failure");
        mdc.put("event.reason", Fixtures.REASON);
        mdc.put("user.id", Fixtures.USER_ID);
        mdc.put("user.name", Fixtures.USER_NAME);
        mdc.put("source.ip", Fixtures.SOURCE_IP);
        mdc.put("source.port", Integer.toString(Fixtures.SOURCE_PORT));
        mdc.put("session.id", Fixtures.SESSION_ID);
        mdc.put("trace.id", Fixtures.TRACE_ID);
        mdc.put("span.id", Fixtures.SPAN_ID);
        ecsEvent.setMDCPropertyMap(mdc);

        mapper = new ObjectMapper();
        pojo = new LoginFailurePojo();

        printSizesOnce();
    }

    private static volatile boolean printed;

    private void printSizesOnce() throws IOException {
        if (printed) {
            return;
        }
        printed = true;
        for (Map.Entry<String, byte[]> e : outputs().entrySet()) {
            System.out.println("[serialisation] " + e.getKey() + " bytes=" + e.getValue().length + " json="
                    + new String(e.getValue(), StandardCharsets.UTF_8).trim());
        }
    }

    /** Each encoder's output for the head-to-head event, and each family event's size; for the report and tests. */
    public Map<String, byte[]> outputs() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        sink.reset();
        writer.write(login, sink);
        out.put("sdk", sink.toByteArray());
        out.put("sdkEncoder", sdkEncoder.encode(sdkLogEvent));
        out.put("logstash", logstashEncoder.encode(logstashEvent));
        out.put("ecs", ecsEncoder.encode(ecsEvent));
        out.put("jacksonDatabind", mapper.writeValueAsBytes(pojo));
        out.put("sdkGroupMemberAdded", writer.toBytes(group));
        out.put("sdkDnsQuery", writer.toBytes(dns));
        out.put("sdkInboundConnectionRejected", writer.toBytes(network));
        out.put("sdkUserActivity", writer.toBytes(activity));
        return out;
    }

    // ---- head to head: the same failed login ---------------------------------------------------------------------

    @Benchmark
    public void sdk(Blackhole bh) throws IOException {
        sink.reset();
        writer.write(login, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }

    @Benchmark
    public byte[] sdkEncoder() {
        return sdkEncoder.encode(sdkLogEvent);
    }

    @Benchmark
    public byte[] logstash() {
        return logstashEncoder.encode(logstashEvent);
    }

    @Benchmark
    public void logstashStreaming(Blackhole bh) throws IOException {
        sink.reset();
        logstashEncoder.encode(logstashEvent, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }

    @Benchmark
    public byte[] ecs() {
        return ecsEncoder.encode(ecsEvent);
    }

    @Benchmark
    public byte[] jacksonDatabind() throws IOException {
        return mapper.writeValueAsBytes(pojo);
    }

    // ---- one event per family, canonical writer ------------------------------------------------------------------

    @Benchmark
    public void sdkAuthLoginFailure(Blackhole bh) throws IOException {
        sink.reset();
        writer.write(login, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }

    @Benchmark
    public void sdkGroupMemberAdded(Blackhole bh) throws IOException {
        sink.reset();
        writer.write(group, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }

    @Benchmark
    public void sdkDnsQuery(Blackhole bh) throws IOException {
        sink.reset();
        writer.write(dns, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }

    @Benchmark
    public void sdkNetworkInboundConnectionRejected(Blackhole bh) throws IOException {
        sink.reset();
        writer.write(network, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }

    @Benchmark
    public void sdkActivityUserActivity(Blackhole bh) throws IOException {
        sink.reset();
        writer.write(activity, sink);
        bh.consume(sink.array());
        bh.consume(sink.size());
    }
}
