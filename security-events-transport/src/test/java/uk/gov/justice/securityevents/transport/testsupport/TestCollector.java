package uk.gov.justice.securityevents.transport.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real HTTPS log collector on 127.0.0.1 implementing the XSIAM-style contract — {@code POST} of NDJSON,
 * optionally gzip-compressed, with a credential header — and injecting faults on demand: any status (with
 * {@code Retry-After}), a hung request, a connection closed without an answer, 413 above a body size, and 401 for
 * a wrong credential. Records every request and every accepted event (raw line and parsed JSON).
 */
public final class TestCollector implements AutoCloseable {

    /** Path the collector serves. */
    public static final String PATH = "/logs/v1/event";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpsServer server;
    private final ExecutorService executor;
    private final String expectedAuthorization;
    private final ConcurrentLinkedQueue<Fault> nextFaults = new ConcurrentLinkedQueue<>();
    private volatile Fault defaultBehaviour = Fault.accept();
    private volatile int maxBodyBytes = Integer.MAX_VALUE;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger maxInProgress = new AtomicInteger();

    /**
     * One request as the collector saw it.
     *
     * @param receivedNanos  {@link System#nanoTime()} when the handler started
     * @param respondedNanos when the answer was sent (or the connection closed)
     * @param outcome        status sent, {@code -1} hung, {@code -2} closed without answer, {@code -3} events
     *                       recorded then closed without answer
     * @param authorization  the {@code Authorization} header, or {@code null}
     * @param contentEncoding the {@code Content-Encoding} header, or {@code null}
     * @param wireBytes      body size as received
     * @param lineCount      NDJSON lines in the (decompressed) body
     */
    public record RecordedRequest(long receivedNanos, long respondedNanos, int outcome, String authorization,
                                  String contentEncoding, int wireBytes, int lineCount) {
    }

    private TestCollector(TestCertificates certs, String expectedAuthorization, boolean requireClientCertificate,
                          int port) throws IOException {
        this(certs.serverContext(requireClientCertificate), expectedAuthorization, requireClientCertificate, port);
    }

    private TestCollector(SSLContext ctx, String expectedAuthorization, boolean requireClientCertificate,
                          int port) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-collector-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = ctx.getDefaultSSLParameters();
                p.setNeedClientAuth(requireClientCertificate);
                params.setSSLParameters(p);
            }
        });
        server.createContext(PATH, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * @param certs                 certificates (the collector presents the {@code localhost} one)
     * @param expectedAuthorization exact {@code Authorization} value required, or {@code null} to accept any
     * @return a started collector
     */
    public static TestCollector start(TestCertificates certs, String expectedAuthorization) {
        return start(certs, expectedAuthorization, false);
    }

    /**
     * @param certs                    certificates
     * @param expectedAuthorization    exact {@code Authorization} value required, or {@code null}
     * @param requireClientCertificate whether to demand a client certificate from the test CA (mutual TLS)
     * @return a started collector
     */
    public static TestCollector start(TestCertificates certs, String expectedAuthorization,
                                      boolean requireClientCertificate) {
        try {
            return new TestCollector(certs, expectedAuthorization, requireClientCertificate, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a collector on a given port, e.g. the port of a collector closed earlier ("the collector is back").
     *
     * @param certs                 certificates
     * @param expectedAuthorization exact {@code Authorization} value required, or {@code null}
     * @param port                  loopback port to listen on
     * @return a started collector
     */
    public static TestCollector startOnPort(TestCertificates certs, String expectedAuthorization, int port) {
        try {
            return new TestCollector(certs, expectedAuthorization, false, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A collector presenting any certificate (expired, wrong host, other CA…), for TLS refusal tests.
     *
     * @param serverContext            server context (e.g. {@code TestPki.Leaf.serverContext})
     * @param requireClientCertificate whether to demand a client certificate the context trusts
     * @param port                     loopback port, or 0 for a free one
     * @return a started collector accepting any {@code Authorization}
     */
    public static TestCollector start(SSLContext serverContext, boolean requireClientCertificate, int port) {
        try {
            return new TestCollector(serverContext, null, requireClientCertificate, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the loopback port */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return {@code https://127.0.0.1:<port>/logs/v1/event} */
    public URI uri() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** @param faults behaviours for the next requests, one each, before {@link #behaveByDefault} applies */
    public void enqueue(Fault... faults) {
        nextFaults.addAll(List.of(faults));
    }

    /** @param fault behaviour for every request once the enqueued faults are used up */
    public void behaveByDefault(Fault fault) {
        this.defaultBehaviour = Objects.requireNonNull(fault);
    }

    /** @param bytes answer 413 to bodies (as received on the wire) larger than this */
    public void rejectBodiesLargerThan(int bytes) {
        this.maxBodyBytes = bytes;
    }

    /** @return every request so far, in arrival order */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** @return enqueued faults not yet used by a request */
    public int pendingFaults() {
        return nextFaults.size();
    }

    /** @return requests that have reached the handler so far, including ones not answered yet (e.g. hung) */
    public int arrivals() {
        return arrivals.get();
    }

    /**
     * @return the most requests that were being handled at the same time (received, not yet answered or closed): 1
     *     for a client that sends one request at a time
     */
    public int maxConcurrentRequests() {
        return maxInProgress.get();
    }

    /** @return requests being handled now (received, not yet answered or closed), e.g. hung ones */
    public int requestsInProgress() {
        return inProgress.get();
    }

    /** @return every accepted NDJSON line, exactly as received */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** @return every accepted event, parsed */
    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    private void handle(HttpExchange ex) throws IOException {
        maxInProgress.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        try {
            handleRequest(ex);
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private void handleRequest(HttpExchange ex) throws IOException {
        long received = System.nanoTime();
        arrivals.incrementAndGet();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String encoding = ex.getRequestHeaders().getFirst("Content-Encoding");
        byte[] wire;
        try (InputStream in = ex.getRequestBody()) {
            wire = in.readAllBytes();
        }
        Fault fault = nextFaults.poll();
        if (fault == null) {
            fault = defaultBehaviour;
        }
        switch (fault.kind()) {
            case HANG:
                awaitClose();
                requests.add(new RecordedRequest(received, System.nanoTime(), -1, auth, encoding, wire.length, -1));
                ex.close();
                return;
            case RESET:
                requests.add(new RecordedRequest(received, System.nanoTime(), -2, auth, encoding, wire.length, -1));
                ex.close(); // no response headers sent: the server closes the connection
                return;
            case ACCEPT_THEN_RESET:
                if (record(received, auth, encoding, wire, -3)) {
                    ex.close(); // processed, then "died" before answering
                } else {
                    respond(ex, received, 400, "malformed JSON line", auth, encoding, wire.length, -1);
                }
                return;
            case DELAY:
                try {
                    if (closing.await(fault.delay().toMillis(), TimeUnit.MILLISECONDS)) {
                        ex.close();
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ex.close();
                    return;
                }
                accept(ex, received, auth, encoding, wire);
                return;
            case STATUS:
                if (fault.retryAfter() != null) {
                    ex.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                respond(ex, received, fault.status(), "injected fault", auth, encoding, wire.length, -1);
                return;
            case ACCEPT:
            default:
                accept(ex, received, auth, encoding, wire);
        }
    }

    private void accept(HttpExchange ex, long received, String auth, String encoding, byte[] wire) throws IOException {
        if (expectedAuthorization != null && !expectedAuthorization.equals(auth)) {
            // Echoes the presented credential, as careless servers do, so tests can check it is masked.
            respond(ex, received, 401, "invalid api key: " + auth, auth, encoding, wire.length, -1);
            return;
        }
        if (wire.length > maxBodyBytes) {
            respond(ex, received, 413, "payload too large", auth, encoding, wire.length, -1);
            return;
        }
        if (!record(received, auth, encoding, wire, 200)) {
            respond(ex, received, 400, "malformed JSON line", auth, encoding, wire.length, -1);
            return;
        }
        byte[] ok = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, ok.length);
        ex.getResponseBody().write(ok);
        ex.close();
    }

    /** Parses and records a body's events; {@code false} (nothing recorded) if a line is not JSON. */
    private boolean record(long received, String auth, String encoding, byte[] wire, int outcome) throws IOException {
        byte[] body = "gzip".equalsIgnoreCase(encoding) ? gunzip(wire) : wire;
        String text = new String(body, StandardCharsets.UTF_8);
        List<String> batchLines = new ArrayList<>();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            try {
                parsed.add(JSON.readTree(line));
            } catch (IOException e) {
                return false;
            }
            batchLines.add(line);
        }
        requests.add(new RecordedRequest(received, System.nanoTime(), outcome, auth, encoding, wire.length,
                batchLines.size()));
        synchronized (lines) {
            lines.addAll(batchLines);
            events.addAll(parsed);
        }
        return true;
    }

    private void respond(HttpExchange ex, long received, int status, String body, String auth, String encoding,
                         int wireBytes, int lineCount) throws IOException {
        // Recorded before the client can see the answer, so a test that saw the outcome also sees the record;
        // respondedNanos is therefore a lower bound of when the answer left.
        requests.add(new RecordedRequest(received, System.nanoTime(), status, auth, encoding, wireBytes, lineCount));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }

    private void awaitClose() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Releases hung requests, stops the server and its threads. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
