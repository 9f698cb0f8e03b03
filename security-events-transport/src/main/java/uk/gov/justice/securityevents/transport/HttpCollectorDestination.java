package uk.gov.justice.securityevents.transport;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import uk.gov.justice.securityevents.transport.internal.http.HttpBatchSender;
import uk.gov.justice.securityevents.transport.internal.http.LoopbackHosts;
import uk.gov.justice.securityevents.transport.internal.tls.SecretResolver;
import uk.gov.justice.securityevents.transport.internal.tls.SslContexts;

/**
 * HTTPS POST of newline-delimited JSON to a log collector — by default the Cortex XSIAM HTTP log collector
 * contract ({@code Authorization: <api key>}, optional gzip). Any collector taking NDJSON with a header credential
 * works by changing the header format, e.g. Splunk HEC raw endpoint with {@code authValueFormat("Splunk {key}")}.
 *
 * <p>Status handling: 2xx delivered; 408, 429, 5xx and I/O errors retried (honouring {@code Retry-After});
 * 413 split in halves; every other status is a permanent failure, reported with the status and a short sanitised
 * excerpt of the answer. Redirects are not followed.
 *
 * <p>Security: the API key comes from an environment variable or a file ({@link SecretSource}), is read once at
 * {@link Builder#build()}, and never appears in {@code toString}, messages or exceptions. Plain {@code http://} is
 * refused unless the host is loopback and {@link Builder#allowInsecureLoopback(boolean)} is set (tests only).
 *
 * <pre>{@code
 * Destination xsiam = HttpCollectorDestination.builder(URI.create("https://api-tenant.xdr.example/logs/v1/event"))
 *         .apiKey(SecretSource.fromEnvironment("XSIAM_API_KEY"))
 *         .build();
 * }</pre>
 */
public final class HttpCollectorDestination implements Destination {

    /** Default credential header: {@code Authorization}. */
    public static final String DEFAULT_AUTH_HEADER_NAME = "Authorization";
    /** Default credential value format: the bare key ({@code {key}}), as XSIAM expects. */
    public static final String DEFAULT_AUTH_VALUE_FORMAT = "{key}";
    /** Placeholder replaced by the key in the value format. */
    public static final String KEY_PLACEHOLDER = "{key}";
    /** Default {@code Content-Type}: {@code application/json}. */
    public static final String DEFAULT_CONTENT_TYPE = "application/json";
    /** Default: bodies are gzip-compressed ({@code Content-Encoding: gzip}). */
    public static final boolean DEFAULT_GZIP = true;
    /** Default TCP+TLS connect timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time allowed for a response after sending: 30 s. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Most requests this destination lets the pipeline have in flight at once: 16 (the JDK client opens one HTTP/1.1
     * connection per concurrent request and keeps them alive). The pipeline's
     * {@link PipelineSettings#maxInFlightBatches()} chooses how many of them it uses.
     */
    public static final int MAX_CONCURRENT_SENDS = 16;

    /** Headers the JDK client sets itself or that would let configuration smuggle a second credential. */
    private static final Set<String> FORBIDDEN_EXTRA_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "content-encoding", "content-type");

    private final String description;
    private final Duration attemptTimeout;
    private final HttpBatchSender sender;
    private final SSLContext ssl;

    private HttpCollectorDestination(Builder b, HttpBatchSender sender, SSLContext ssl) {
        this.description = "HTTP collector " + b.uri.getScheme() + "://" + b.uri.getAuthority() + b.uri.getPath();
        this.attemptTimeout = b.connectTimeout.plus(b.requestTimeout).plusSeconds(1);
        this.sender = sender;
        this.ssl = ssl;
    }

    /**
     * @param uri collector URL ({@code https://})
     * @return a builder
     */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        return sender.send(batch);
    }

    @Override
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /** @return {@value #MAX_CONCURRENT_SENDS}: each concurrent request gets its own connection */
    @Override
    public int maxConcurrentSends() {
        return MAX_CONCURRENT_SENDS;
    }

    @Override
    public void reportStatusTo(StatusReporter status) {
        SslContexts.reportReloads(ssl, description, status);
    }

    @Override
    public void close() {
        sender.close();
    }

    @Override
    public String toString() {
        return "HttpCollectorDestination[" + description + "]";
    }

    /** Builder for {@link HttpCollectorDestination}; {@link #build()} names the first invalid setting. */
    public static final class Builder {
        private final URI uri;
        private SecretSource apiKey;
        private String authHeaderName = DEFAULT_AUTH_HEADER_NAME;
        private String authValueFormat = DEFAULT_AUTH_VALUE_FORMAT;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String contentType = DEFAULT_CONTENT_TYPE;
        private boolean gzip = DEFAULT_GZIP;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private TlsSettings tls = TlsSettings.platformDefault();
        private boolean allowInsecureLoopback;
        private UnaryOperator<String> environment = System::getenv;

        private Builder(URI uri) {
            this.uri = Objects.requireNonNull(uri, "uri is required");
        }

        /**
         * @param apiKey where the API key is (environment variable or file)
         * @return this builder
         */
        public Builder apiKey(SecretSource apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * @param name credential header name (default {@code Authorization})
         * @return this builder
         */
        public Builder authHeaderName(String name) {
            this.authHeaderName = Objects.requireNonNull(name, "authHeaderName");
            return this;
        }

        /**
         * @param format credential value with {@code {key}} where the key goes (default {@code {key}}; Splunk HEC
         *               {@code Splunk {key}}; bearer tokens {@code Bearer {key}})
         * @return this builder
         */
        public Builder authValueFormat(String format) {
            this.authValueFormat = Objects.requireNonNull(format, "authValueFormat");
            return this;
        }

        /**
         * @param name header name
         * @param value header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "header name"), Objects.requireNonNull(value, "header value"));
            return this;
        }

        /**
         * @param contentType {@code Content-Type} (default {@code application/json})
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = Objects.requireNonNull(contentType, "contentType");
            return this;
        }

        /**
         * @param gzip compress bodies (default {@code true})
         * @return this builder
         */
        public Builder gzip(boolean gzip) {
            this.gzip = gzip;
            return this;
        }

        /**
         * @param timeout connect timeout (default 10 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout time allowed for the response (default 30 s)
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "requestTimeout");
            return this;
        }

        /**
         * @param tls trust and client certificate settings (default platform trust store)
         * @return this builder
         */
        public Builder tls(TlsSettings tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * Allows plain {@code http://} to a loopback host ({@code localhost}, {@code 127.x.y.z}, {@code ::1}) only,
         * e.g. a local test collector or a sidecar. Never applies to any other host.
         *
         * @param allow whether to allow it (default {@code false})
         * @return this builder
         */
        public Builder allowInsecureLoopback(boolean allow) {
            this.allowInsecureLoopback = allow;
            return this;
        }

        /** For tests: replaces the environment used to resolve {@link SecretSource#fromEnvironment(String)}. */
        Builder environment(UnaryOperator<String> environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Validates the settings, reads the API key and builds the client. Touches no network.
         *
         * @return the destination
         * @throws IllegalArgumentException naming the setting to change
         */
        public HttpCollectorDestination build() {
            validateUri();
            positive(connectTimeout, "connectTimeout");
            positive(requestTimeout, "requestTimeout");
            validateHeaders();
            String key = null;
            String authValue = null;
            if (apiKey != null) {
                if (authHeaderName.isBlank()) {
                    throw new IllegalArgumentException("authHeaderName must not be blank");
                }
                int at = authValueFormat.indexOf(KEY_PLACEHOLDER);
                if (at < 0 || authValueFormat.indexOf(KEY_PLACEHOLDER, at + 1) >= 0) {
                    throw new IllegalArgumentException("authValueFormat must contain " + KEY_PLACEHOLDER
                            + " exactly once, e.g. \"Splunk {key}\"");
                }
                key = new SecretResolver(environment).resolve(apiKey, "apiKey");
                authValue = authValueFormat.replace(KEY_PLACEHOLDER, key);
            }
            SSLContext ssl = SslContexts.create(tls, new SecretResolver(environment));
            HttpBatchSender sender = new HttpBatchSender(uri, apiKey == null ? null : authHeaderName, authValue, key,
                    headers, contentType, gzip, connectTimeout, requestTimeout, ssl);
            return new HttpCollectorDestination(this, sender, ssl);
        }

        private void validateUri() {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("uri must be an absolute https:// URL with a host");
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("uri must not carry credentials (user-info); use apiKey");
            }
            if (scheme.equals("https")) {
                return;
            }
            if (!scheme.equals("http")) {
                throw new IllegalArgumentException("uri scheme must be https");
            }
            if (!LoopbackHosts.isLoopback(uri.getHost())) {
                throw new IllegalArgumentException("uri: plain http:// to " + uri.getHost()
                        + " is refused (events and credentials would travel unencrypted); use https://."
                        + " allowInsecureLoopback applies only to loopback hosts");
            }
            if (!allowInsecureLoopback) {
                throw new IllegalArgumentException("uri: plain http:// is refused; use https://, or set"
                        + " allowInsecureLoopback(true) for a collector on this machine's loopback interface");
            }
        }

        private void validateHeaders() {
            for (Map.Entry<String, String> h : headers.entrySet()) {
                String name = h.getKey();
                if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                    throw new IllegalArgumentException("header name is not a valid HTTP token: " + name);
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (FORBIDDEN_EXTRA_HEADERS.contains(lower) || lower.equals(authHeaderName.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("header " + name + " cannot be set as an extra header"
                            + (lower.equals(authHeaderName.toLowerCase(Locale.ROOT)) ? "; use apiKey" : ""));
                }
                if (h.getValue().chars().anyMatch(c -> c < 32 && c != '\t' || c == 127)) {
                    throw new IllegalArgumentException("header " + name + " value contains a control character");
                }
            }
        }

        private static void positive(Duration d, String name) {
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be > 0 but was " + d);
            }
        }
    }
}
