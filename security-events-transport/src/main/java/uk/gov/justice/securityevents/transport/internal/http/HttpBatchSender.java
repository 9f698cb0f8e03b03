package uk.gov.justice.securityevents.transport.internal.http;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import uk.gov.justice.securityevents.transport.DeliveryResult;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.internal.codec.Gzip;
import uk.gov.justice.securityevents.transport.internal.codec.Ndjson;
import uk.gov.justice.securityevents.transport.internal.common.DaemonThreadFactory;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;
import uk.gov.justice.securityevents.transport.internal.tls.SslContexts;
import uk.gov.justice.securityevents.transport.internal.tls.TlsFailures;

/**
 * POSTs NDJSON batches with {@link HttpClient} on our own executor (so {@link #close()} can end its threads) and
 * classifies the answers. Holds the credential header value; it never appears in a message or {@code toString}.
 */
public final class HttpBatchSender implements AutoCloseable {

    /** What the JDK client says when the connection closes before any response byte. */
    private static final String NO_RESPONSE_BYTES = "received no bytes";
    /**
     * Added to that message over HTTPS: with TLS 1.3 the client finishes its handshake before the collector checks the
     * client certificate, so a refused one shows only as a connection closed without an answer.
     */
    public static final String NO_RESPONSE_HINT = " (the collector closed the connection before answering; if it"
            + " requires mutual TLS, this is how it refuses a client certificate: check that tls.keyStore holds one"
            + " issued by a CA it trusts)";

    /** Bytes of a response body kept for failure reasons. */
    static final int MAX_BODY_BYTES = 1024;
    /** How long {@link #close()} waits for the client's executor threads to end. */
    static final long CLOSE_WAIT_MILLIS = 1_000;

    private final URI uri;
    private final String authHeaderName;
    private final String authHeaderValue;
    private final String secret;
    private final Map<String, String> extraHeaders;
    private final String contentType;
    private final boolean gzip;
    private final Duration requestTimeout;
    private final ExecutorService executor;
    private volatile HttpClient client;

    /**
     * @param uri             collector URL
     * @param authHeaderName  credential header name, or {@code null} for none
     * @param authHeaderValue credential header value, or {@code null}
     * @param secret          the raw key, masked in excerpts, or {@code null}
     * @param extraHeaders    extra headers
     * @param contentType     {@code Content-Type}
     * @param gzip            compress bodies
     * @param connectTimeout  TCP+TLS connect timeout
     * @param requestTimeout  time to the response headers
     * @param ssl             TLS context
     */
    public HttpBatchSender(URI uri, String authHeaderName, String authHeaderValue, String secret,
                           Map<String, String> extraHeaders, String contentType, boolean gzip,
                           Duration connectTimeout, Duration requestTimeout, SSLContext ssl) {
        this.uri = uri;
        this.authHeaderName = authHeaderName;
        this.authHeaderValue = authHeaderValue;
        this.secret = secret;
        this.extraHeaders = Map.copyOf(extraHeaders);
        this.contentType = contentType;
        this.gzip = gzip;
        this.requestTimeout = requestTimeout;
        this.executor = Executors.newCachedThreadPool(new DaemonThreadFactory("http"));
        // HTTP/1.1: a few requests at a time per pipeline (each on its own kept-alive connection), so HTTP/2 gains
        // little and some proxies mishandle it.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(ProxySelector.getDefault())
                .sslContext(ssl)
                .sslParameters(SslContexts.parameters(ssl))
                .executor(executor)
                .build();
    }

    /**
     * @param batch events
     * @return the outcome; cancelling it aborts the exchange
     */
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        HttpClient c = client;
        if (c == null) {
            return CompletableFuture.completedFuture(DeliveryResult.retryable("destination closed", null));
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", contentType);
        byte[] body;
        if (gzip) {
            // streamed into the compressor: no uncompressed copy of the batch
            body = Gzip.compressNdjson(batch);
            rb.header("Content-Encoding", "gzip");
        } else {
            body = Ndjson.encode(batch);
        }
        if (authHeaderName != null) {
            rb.header(authHeaderName, authHeaderValue);
        }
        extraHeaders.forEach(rb::header);
        HttpRequest request = rb.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                c.sendAsync(request, info -> new BoundedBodySubscriber(MAX_BODY_BYTES));
        CompletableFuture<DeliveryResult> result = exchange.handle((response, error) -> error == null
                ? ResponseClassifier.classify(response.statusCode(),
                        response.headers().firstValue("Retry-After").orElse(null), response.body(), secret,
                        Instant.now())
                : failure(error));
        // handle() returns a new future: cancelling it would not reach the exchange, so forward the cancel.
        result.whenComplete((r, t) -> {
            if (result.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    private DeliveryResult failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return DeliveryResult.retryable("timeout: " + SafeText.excerpt(cause.getMessage(), secret), null);
        }
        return DeliveryResult.retryable(reason(cause, secret, "https".equalsIgnoreCase(uri.getScheme())), null);
    }

    /**
     * @param cause  why an exchange failed (not a timeout)
     * @param secret text never to show, or null
     * @param https  whether the collector URL is HTTPS
     * @return the reason shown on the status line and to listeners: a refusal by the receiver named as for syslog
     *     ({@link TlsFailures}), a connection closed before any answer with what to check under mutual TLS
     */
    static String reason(Throwable cause, String secret, boolean https) {
        Throwable shown = cause;
        SSLException tls = sslCause(cause);
        if (tls != null) {
            IOException explained = TlsFailures.explain(tls, null);
            if (explained != tls) {
                shown = explained;
            }
        }
        String msg = shown.getMessage();
        String hint = https && msg != null && msg.contains(NO_RESPONSE_BYTES) ? NO_RESPONSE_HINT : "";
        return shown.getClass().getSimpleName() + (msg == null ? "" : ": " + SafeText.excerpt(msg, secret)) + hint;
    }

    /** The first {@link SSLException} in the cause chain (the JDK client wraps it), or null. */
    private static SSLException sslCause(Throwable t) {
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof SSLException) {
                return (SSLException) t;
            }
        }
        return null;
    }

    /** Aborts exchanges, ends our executor's threads and lets the client (and its selector thread) go. */
    @Override
    public void close() {
        HttpClient c = client;
        client = null;
        executor.shutdownNow();
        if (c != null) {
            shutdownClient(c);
        }
        try {
            executor.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Java 21+ has {@code HttpClient.shutdownNow()}; on 17 the selector thread ends once the client is unreachable. */
    private static void shutdownClient(HttpClient c) {
        try {
            c.getClass().getMethod("shutdownNow").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException notAvailable) {
            // Java 17: nothing to call
        }
    }

    @Override
    public String toString() {
        return "HttpBatchSender[" + uri.getScheme() + "://" + uri.getAuthority() + uri.getPath() + "]";
    }
}
