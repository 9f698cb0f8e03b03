package uk.gov.justice.securityevents.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.gov.justice.securityevents.benchmarks.support.DeliveryPayload;
import uk.gov.justice.securityevents.benchmarks.support.DiscardingHttpsCollector;
import uk.gov.justice.securityevents.benchmarks.support.PlainSocketSink;
import uk.gov.justice.securityevents.transport.DeliveryPipeline;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.HttpCollectorDestination;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.OverflowPolicy;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.internal.codec.Gzip;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;

/**
 * End-to-end delivery throughput: one invocation hands {@value #EVENTS} pre-serialised failed logins (about 1 KB of
 * OCSF each) to the transport and returns when the destination has acknowledged them all, so the score is events per
 * second delivered ({@code ops/s}); the {@code payloadBytes} counter is the NDJSON bytes per second delivered and
 * {@code wireBytes} what crossed the socket as HTTP body (smaller with gzip).
 *
 * <ul>
 *   <li>{@code httpsCollector}: {@link DeliveryPipeline} -> {@link HttpCollectorDestination} (JDK HttpClient,
 *       HTTP/1.1, TLS) -> a loopback HTTPS server that reads and discards ({@link DiscardingHttpsCollector}), gzip
 *       on and off; {@code -p tls=false} runs plain HTTP to isolate the cost of TLS;</li>
 *   <li>{@code plainSocketCeiling}: the same NDJSON bytes written in batch-sized chunks over one plain loopback TCP
 *       socket to a reader that discards: no TLS, no HTTP, no gzip, no queue. The ceiling for bytes per second.</li>
 *   <li>{@code tlsSocketCeiling}: the same over one TLS 1.3 socket ({@code SSLSocket}, the test CA): the ceiling
 *       including TLS on both ends.</li>
 *   <li>{@code gzipCeiling}: no I/O at all, the transport's own batch compression ({@code Gzip.compressNdjson}, level
 *       1) of the same events in batch-sized chunks on one thread: the most one core can compress, the bound of
 *       {@code httpsCollector} with gzip on.</li>
 * </ul>
 * Pipeline settings: defaults (500 events or 1 MiB per batch) except a 5 ms linger (so the tail of an invocation is not
 * held for the default 200 ms), a 64 MiB queue and {@code BLOCK} overflow, so no event is dropped; the trial ends by
 * checking the pipeline's counters and prints {@code LOST} if any was dropped or retried.
 *
 * <p>Warm-up is 10 x 2 s: the JDK HttpClient and TLS code reach steady state only after ~15-20 s of traffic (in a
 * 3-iteration warm-up the score was still rising by 10-20 % per iteration).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(DeliveryBenchmark.EVENTS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DeliveryBenchmark {
    /** Events per invocation. */
    public static final int EVENTS = 10_000;
    /** Events per NDJSON chunk on the plain socket: the pipeline's default batch size. */
    public static final int EVENTS_PER_CHUNK = PipelineSettings.DEFAULT_MAX_BATCH_EVENTS;

    /** Bytes delivered, reported by JMH as a rate next to the events per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        /** NDJSON (uncompressed) bytes delivered. */
        public long payloadBytes;
        /** HTTP body bytes received by the server (after gzip when on). */
        public long wireBytes;

        @Setup(Level.Iteration)
        public void clear() {
            payloadBytes = 0;
            wireBytes = 0;
        }
    }

    /** The transport to a discarding HTTPS collector. */
    @State(Scope.Benchmark)
    public static class Https {
        @Param({"true", "false"})
        public boolean gzip;

        /** {@code false} runs plain HTTP to loopback (allowInsecureLoopback), to isolate the cost of TLS. */
        @Param({"true"})
        public boolean tls;

        DeliveryPayload payload;
        DiscardingHttpsCollector collector;
        DeliveryPipeline pipeline;
        Path dir;
        long refused;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            payload = new DeliveryPayload(EVENTS, EVENTS_PER_CHUNK);
            TestCertificates certs = TestCertificates.generate();
            collector = new DiscardingHttpsCollector(tls ? certs.serverContext(false) : null);
            dir = Files.createTempDirectory("delivery-benchmark");
            HttpCollectorDestination destination = HttpCollectorDestination.builder(collector.uri())
                    .tls(certs.clientTrust(dir))
                    .allowInsecureLoopback(!tls)
                    .gzip(gzip)
                    .build();
            pipeline = DeliveryPipeline.builder(destination)
                    .settings(PipelineSettings.builder()
                            .linger(Duration.ofMillis(5))
                            .maxQueueBytes(64L * 1024 * 1024)
                            .overflowPolicy(OverflowPolicy.BLOCK)
                            .blockTimeout(Duration.ofSeconds(30))
                            .build())
                    .build();
            pipeline.start();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            long lost = pipeline.stop(Duration.ofSeconds(30));
            DeliverySnapshot s = pipeline.snapshot();
            System.out.println("[delivery] gzip=" + gzip + " tls=" + tls + " offered=" + s.offered() + " delivered=" + s.delivered()
                    + " batches=" + s.batchesDelivered() + " eventsPerBatch="
                    + (s.batchesDelivered() == 0 ? 0 : s.delivered() / s.batchesDelivered())
                    + " retries=" + s.retries() + " requests=" + collector.requests()
                    + " wireBytesPerEvent=" + (s.delivered() == 0 ? 0 : collector.wireBytes() / s.delivered())
                    + " jsonBytesPerEvent=" + payload.ndjsonBytes() / EVENTS
                    + (s.droppedTotal() + lost + refused == 0 && s.retries() == 0 ? " dropped=0"
                            : " LOST dropped=" + s.droppedTotal() + " refused=" + refused + " retries=" + s.retries()));
            collector.close();
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** One plain loopback socket to a discarding reader. */
    @State(Scope.Benchmark)
    public static class PlainSocket {
        DeliveryPayload payload;
        PlainSocketSink sink;
        Socket socket;
        OutputStream out;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            payload = new DeliveryPayload(EVENTS, EVENTS_PER_CHUNK);
            sink = new PlainSocketSink();
            socket = sink.connect();
            out = socket.getOutputStream();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            socket.close();
            sink.close();
        }
    }

    /**
     * The same bytes over one TLS socket (TLS 1.3, the test CA): the ceiling with the unavoidable cost of TLS on both
     * ends, a fairer denominator for the HTTPS figures than the plain socket.
     */
    @State(Scope.Benchmark)
    public static class TlsSocket {
        DeliveryPayload payload;
        PlainSocketSink sink;
        Socket socket;
        OutputStream out;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            payload = new DeliveryPayload(EVENTS, EVENTS_PER_CHUNK);
            TestCertificates certs = TestCertificates.generate();
            sink = new PlainSocketSink(certs.serverContext(false));
            // the server context with the CA as trust anchor doubles as a client that trusts the server
            socket = sink.connect(certs.serverContext(true));
            out = socket.getOutputStream();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            socket.close();
            sink.close();
        }
    }

    /** The same events as the other states, cut into pipeline-sized batches for {@link #gzipCeiling}. */
    @State(Scope.Benchmark)
    public static class Batches {
        DeliveryPayload payload;
        List<List<OutboundEvent>> batches;

        @Setup(Level.Trial)
        public void setUp() {
            payload = new DeliveryPayload(EVENTS, EVENTS_PER_CHUNK);
            List<OutboundEvent> all = Arrays.asList(payload.events());
            batches = new ArrayList<>();
            for (int i = 0; i < all.size(); i += EVENTS_PER_CHUNK) {
                batches.add(all.subList(i, Math.min(all.size(), i + EVENTS_PER_CHUNK)));
            }
        }
    }

    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static void stallCheck(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("delivery stalled for 60 s: " + what);
        }
    }

    @Benchmark
    public long httpsCollector(Https s, Bytes bytes) {
        long deliveredBefore = s.pipeline.snapshot().delivered();
        long wireBefore = s.collector.wireBytes();
        int accepted = 0;
        for (OutboundEvent e : s.payload.events()) {
            if (s.pipeline.offer(e)) {
                accepted++;
            } else {
                s.refused++;
            }
        }
        long target = deliveredBefore + accepted;
        long delivered;
        long deadline = System.nanoTime() + STALL_NANOS;
        while ((delivered = s.pipeline.snapshot().delivered()) < target) {
            stallCheck(deadline, "pipeline delivered " + delivered + " of " + target);
            LockSupport.parkNanos(50_000);
        }
        bytes.payloadBytes += s.payload.ndjsonBytes();
        bytes.wireBytes += s.collector.wireBytes() - wireBefore;
        return delivered;
    }

    @Benchmark
    public long gzipCeiling(Batches s, Bytes bytes) {
        long wire = 0;
        for (List<OutboundEvent> batch : s.batches) {
            wire += Gzip.compressNdjson(batch).length;
        }
        bytes.payloadBytes += s.payload.ndjsonBytes();
        bytes.wireBytes += wire;
        return wire;
    }

    @Benchmark
    public long plainSocketCeiling(PlainSocket s, Bytes bytes) {
        return socketCeiling(s.payload, s.sink, s.out, bytes);
    }

    @Benchmark
    public long tlsSocketCeiling(TlsSocket s, Bytes bytes) {
        return socketCeiling(s.payload, s.sink, s.out, bytes);
    }

    private static long socketCeiling(DeliveryPayload payload, PlainSocketSink sink, OutputStream out, Bytes bytes) {
        long target = sink.received() + payload.ndjsonBytes();
        try {
            for (byte[] chunk : payload.ndjsonChunks()) {
                out.write(chunk);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long received;
        long deadline = System.nanoTime() + STALL_NANOS;
        while ((received = sink.received()) < target) {
            stallCheck(deadline, "socket sink read " + received + " of " + target + " bytes");
            LockSupport.parkNanos(50_000);
        }
        bytes.payloadBytes += payload.ndjsonBytes();
        bytes.wireBytes += payload.ndjsonBytes();
        return received;
    }
}
