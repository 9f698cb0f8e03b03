package uk.gov.justice.securityevents.transport;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import uk.gov.justice.securityevents.transport.internal.common.SdkVersion;
import uk.gov.justice.securityevents.transport.internal.syslog.Rfc5424Formatter;
import uk.gov.justice.securityevents.transport.internal.syslog.SyslogBatchWriter;
import uk.gov.justice.securityevents.transport.internal.tls.SecretResolver;
import uk.gov.justice.securityevents.transport.internal.tls.SslContexts;

/**
 * RFC 5424 syslog over TLS (RFC 5425, octet-counting framing {@code LEN SP MSG}), for SIEMs that ingest syslog.
 * Each message carries routing keys in structured data and the full OCSF JSON as the message:
 * <pre>
 * &lt;PRI&gt;1 2026-05-01T10:00:00.123456Z host app 4242 authn_login_fail [ocsf@32473 ver="1.8.0" class_uid="3002"
 *   activity_id="1" type_uid="300201" uid="..." tenant="..."][meta sequenceId="42"]
 *   [origin software="security-events-java" swVersion="..."] BOM{"class_uid":3002,...}
 * </pre>
 * PRI is {@code facility * 8 + severity}, severity mapped from OCSF {@code severity_id} (1→6, 2→5, 3→4, 4→3,
 * 5→2, 6→1, 0 and 99→5). HOSTNAME and APP-NAME come from the event, falling back to this destination's settings.
 *
 * <p>Connections: hostname verification always on, TLS 1.2+; plain TCP only with {@link Builder#plainTcp(boolean)}.
 * The host is resolved on every reconnect; a write that does not finish within the write timeout aborts the
 * connection. TCP syslog has no acknowledgement: a batch counts as delivered once written to the socket, and a
 * batch retried after a partial write may arrive twice (deduplicate on {@code uid}).
 *
 * <pre>{@code
 * Destination siem = SyslogDestination.builder("siem.example.org").port(6514).build();
 * }</pre>
 */
public final class SyslogDestination implements Destination {

    /** Default port: 6514 (syslog over TLS, RFC 5425). */
    public static final int DEFAULT_PORT = 6514;
    /**
     * Default facility: 10 ({@code authpriv}, "security/authorization messages"), which standard syslog
     * configurations already route to a protected file. 13 ({@code log audit}) is the other sensible choice.
     */
    public static final int DEFAULT_FACILITY = 10;
    /** Default IANA private enterprise number in the {@code ocsf@PEN} SD-ID: 32473, reserved for documentation (RFC 5612). */
    public static final long DEFAULT_ENTERPRISE_NUMBER = 32473;
    /** Default connect (and TLS handshake) timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default longest time to write one batch before the connection is aborted: 10 s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final String description;
    private final Duration attemptTimeout;
    private final SyslogBatchWriter writer;
    private final SSLContext ssl;

    private SyslogDestination(Builder b, SyslogBatchWriter writer, String description, SSLContext ssl) {
        this.description = description;
        this.attemptTimeout = b.connectTimeout.multipliedBy(2).plus(b.writeTimeout);
        this.writer = writer;
        this.ssl = ssl;
    }

    /**
     * @param host receiver host name (for TLS, the name its certificate must match)
     * @return a builder
     */
    public static Builder builder(String host) {
        return new Builder(host);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        return writer.send(batch);
    }

    @Override
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    @Override
    public void reportStatusTo(StatusReporter status) {
        SslContexts.reportReloads(ssl, description, status);
    }

    @Override
    public void close() {
        writer.close();
    }

    @Override
    public String toString() {
        return "SyslogDestination[" + description + "]";
    }

    /** Builder for {@link SyslogDestination}; {@link #build()} names the first invalid setting. */
    public static final class Builder {
        private final String host;
        private int port = DEFAULT_PORT;
        private boolean plainTcp;
        private TlsSettings tls = TlsSettings.platformDefault();
        private int facility = DEFAULT_FACILITY;
        private long enterpriseNumber = DEFAULT_ENTERPRISE_NUMBER;
        private String appName;
        private String hostname;
        private String procId = Long.toString(ProcessHandle.current().pid());
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
        private UnaryOperator<String> environment = System::getenv;

        private Builder(String host) {
            this.host = Objects.requireNonNull(host, "host is required");
        }

        /**
         * @param port receiver port (default 6514)
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Sends without TLS: events and their personal data travel in clear. Only for a receiver on a trusted
         * local network segment or loopback.
         *
         * @param plainTcp whether to use plain TCP (default {@code false})
         * @return this builder
         */
        public Builder plainTcp(boolean plainTcp) {
            this.plainTcp = plainTcp;
            return this;
        }

        /**
         * @param tls trust store and client certificate (default platform trust store)
         * @return this builder
         */
        public Builder tls(TlsSettings tls) {
            this.tls = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * @param facility syslog facility 0-23 (default 10, authpriv)
         * @return this builder
         */
        public Builder facility(int facility) {
            this.facility = facility;
            return this;
        }

        /**
         * @param pen IANA private enterprise number for the {@code ocsf@PEN} SD-ID (default 32473)
         * @return this builder
         */
        public Builder enterpriseNumber(long pen) {
            this.enterpriseNumber = pen;
            return this;
        }

        /**
         * @param appName APP-NAME when an event has no service name (default {@code -})
         * @return this builder
         */
        public Builder appName(String appName) {
            this.appName = appName;
            return this;
        }

        /**
         * @param hostname HOSTNAME when an event has none (default {@code -})
         * @return this builder
         */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /**
         * @param procId PROCID (default this process's pid)
         * @return this builder
         */
        public Builder procId(String procId) {
            this.procId = procId;
            return this;
        }

        /**
         * @param timeout connect and TLS handshake timeout (default 10 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout longest time to write one batch (default 10 s)
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout, "writeTimeout");
            return this;
        }

        /** For tests: replaces the environment used to resolve secrets. */
        Builder environment(UnaryOperator<String> environment) {
            this.environment = environment;
            return this;
        }

        /**
         * @return the destination; touches no network (the first batch connects)
         * @throws IllegalArgumentException naming the setting to change
         */
        public SyslogDestination build() {
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1-65535 but was " + port);
            }
            if (facility < 0 || facility > 23) {
                throw new IllegalArgumentException("facility must be 0-23 but was " + facility);
            }
            if (enterpriseNumber < 1) {
                throw new IllegalArgumentException("enterpriseNumber must be > 0 but was " + enterpriseNumber);
            }
            if (plainTcp && tls != TlsSettings.platformDefault()) {
                throw new IllegalArgumentException("tls settings were given but plainTcp is set; remove one");
            }
            positive(connectTimeout, "connectTimeout");
            positive(writeTimeout, "writeTimeout");
            SSLContext ssl = plainTcp ? null : SslContexts.create(tls, new SecretResolver(environment));
            Rfc5424Formatter formatter = new Rfc5424Formatter(facility, hostname, appName, procId, enterpriseNumber,
                    SdkVersion.SOFTWARE, SdkVersion.version());
            String description = "syslog " + (plainTcp ? "tcp://" : "tls://") + host + ":" + port;
            SyslogBatchWriter writer = new SyslogBatchWriter(formatter, host, port, ssl,
                    (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()), description);
            return new SyslogDestination(this, writer, description, ssl);
        }

        private static void positive(Duration d, String name) {
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be > 0 but was " + d);
            }
        }
    }
}
