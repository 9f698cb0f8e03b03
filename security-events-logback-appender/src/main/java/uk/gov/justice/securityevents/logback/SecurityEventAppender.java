package uk.gov.justice.securityevents.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.Objects;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.StartupBuffer;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliveryPipeline;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.SecurityEventShipper;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.TransportConfig;

/**
 * A Logback appender that ships security events: it takes them from any logger (the {@code EmittedEvent} argument of
 * {@code SecurityEvents.emit}, or a bare {@code SecurityEvent} logged directly), ignores every other log event at the
 * cost of one array scan, and offers each with the canonical {@link SecurityEventWriter} to the transport's
 * {@link DeliveryPipeline} (stdout, NDJSON file, HTTPS collector or syslog over TLS), which serialises it on its sender
 * thread while that keeps up, else on the logging thread. Batching, retry, overflow and accounting live in the
 * transport; every setting is validated once, by {@link TransportConfig}.
 *
 * <pre>{@code
 * <appender name="SECURITY_EVENTS" class="uk.gov.justice.securityevents.logback.SecurityEventAppender">
 *   <serviceName>case-api</serviceName>
 *   <environment>production</environment>
 *   <destination>https</destination>
 *   <url>https://api-tenant.xdr.example/logs/v1/event</url>
 *   <apiKeyFile>/run/secrets/xsiam-api-key</apiKeyFile>
 * </appender>
 * <root level="INFO"><appender-ref ref="SECURITY_EVENTS"/></root>
 * }</pre>
 *
 * <ul>
 *   <li>Never blocks the logging thread beyond the {@code BLOCK} overflow policy's {@code blockTimeout}, never does
 *       I/O on it, never throws into the application; extends {@link UnsynchronizedAppenderBase}, so logging threads do
 *       not contend on a lock.</li>
 *   <li>Delivery health (failing, recovered, drops) goes to Logback's status manager; a bad setting fails
 *       {@link #start()} with an error status naming it, and the rest of the configuration keeps working.</li>
 *   <li>{@link #stop()} (on {@code LoggerContext.stop()}, a reset, or a {@code scan} reconfiguration) drains the queue
 *       for at most {@code shutdownTimeout} and ends the appender's threads.</li>
 *   <li>On start, the events emitted before any shipping output existed are taken from the {@link StartupBuffer}.</li>
 *   <li>{@code mdcKeys} lists MDC keys copied into each event as {@code unmapped.mdc.<key>} (escaped, bounded and
 *       scrubbed by the writer); none by default.</li>
 * </ul>
 *
 * <p>Enrichment settings are those of {@link SecurityEventEncoder}; transport settings are those of
 * {@link TransportConfig}; durations accept {@code 500ms}, {@code 30 seconds}, {@code PT30S} or a number of
 * milliseconds. See {@code docs/logback.md} for every setting and its default.
 */
public class SecurityEventAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private final EnrichmentSettings enrichment = new EnrichmentSettings();
    private final TransportConfig transport = new TransportConfig();
    private final MdcAllowList mdcKeys = new MdcAllowList();
    private DeliveryListener deliveryListener = DeliveryListener.NO_OP;
    private volatile SecurityEventShipper shipper;

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        SecurityEventShipper created;
        try {
            mdcKeys.validate();
            List<String> warnings = transport.validate();
            for (String warning : warnings) {
                addWarn(prefix() + warning);
            }
            SecurityEventWriter writer = enrichment.createWriter();
            StatusReporter status = new LogbackStatusReporter(this, getName());
            created = new SecurityEventShipper(writer, transport.build(status, deliveryListener), status);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            addError(prefix() + "not started: " + e.getMessage());
            return;
        }
        shipper = created;
        super.start();
        created.start();
        addInfo(prefix() + "shipping security events to " + created.pipeline());
    }

    @Override
    protected void append(ILoggingEvent event) {
        SecurityEventShipper s = shipper;
        if (s == null) {
            return;
        }
        EmittedEvent emitted = EmittedEvent.findIn(event.getArgumentArray());
        if (emitted == null) {
            return;
        }
        if (!mdcKeys.isEmpty()) {
            emitted = mdcKeys.apply(emitted, event.getMDCPropertyMap());
        }
        s.ship(emitted);
    }

    /**
     * Stops taking events, then drains the queue for at most {@code shutdownTimeout} (events still undelivered are
     * counted as dropped and reported) and ends the appender's threads.
     */
    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        SecurityEventShipper s = shipper;
        if (s != null) {
            long lost = s.stop(transport.shutdownTimeoutValue());
            addInfo(prefix() + "stopped; " + s.snapshot().delivered() + " delivered, " + lost
                    + " not delivered at shutdown");
        }
    }

    private String prefix() {
        return "security-events appender '" + getName() + "': ";
    }

    /** @return the pipeline's counters, or null before a successful start */
    public DeliverySnapshot snapshot() {
        SecurityEventShipper s = shipper;
        return s == null ? null : s.snapshot();
    }

    /**
     * Observes deliveries, retries and drops (e.g. metrics); set before {@link #start()}.
     *
     * @param listener the listener
     */
    public void setDeliveryListener(DeliveryListener listener) {
        this.deliveryListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * MDC keys copied into each event as {@code unmapped.mdc.<key>}, comma-separated; may be repeated.
     *
     * @param keys e.g. {@code requestId, clientIp}
     */
    public void setMdcKeys(String keys) {
        mdcKeys.add(keys);
    }

    /** @param key one MDC key copied into each event (repeatable element {@code <mdcKey>}) */
    public void addMdcKey(String key) {
        mdcKeys.add(key);
    }

    /** @param line one extra HTTP header, {@code Name: value} (repeatable element {@code <header>}) */
    public void addHeader(String line) {
        transport.addHeaderLine(line);
    }

    // ------------------------------------------------------------ enrichment (as SecurityEventEncoder)

    /** @param serviceName {@code metadata.product.name}; default {@value ServiceContext#DEFAULT_SERVICE_NAME} */
    public void setServiceName(String serviceName) {
        enrichment.serviceName = blankToNull(serviceName);
    }

    /** @param serviceVersion {@code metadata.product.version} */
    public void setServiceVersion(String serviceVersion) {
        enrichment.serviceVersion = blankToNull(serviceVersion);
    }

    /** @param vendorName {@code metadata.product.vendor_name}; default {@value ServiceContext#DEFAULT_VENDOR_NAME} */
    public void setVendorName(String vendorName) {
        enrichment.vendorName = blankToNull(vendorName);
    }

    /** @param environment label {@code environment:<value>} */
    public void setEnvironment(String environment) {
        enrichment.environment = blankToNull(environment);
    }

    /** @param tenant {@code metadata.tenant_uid} */
    public void setTenant(String tenant) {
        enrichment.tenant = blankToNull(tenant);
    }

    /** @param hostname {@code device.hostname}; default detected without DNS */
    public void setHostname(String hostname) {
        enrichment.hostname = blankToNull(hostname);
    }

    /** @param cloudProvider {@code cloud.provider} */
    public void setCloudProvider(String cloudProvider) {
        enrichment.cloudProvider = blankToNull(cloudProvider);
    }

    /** @param cloudRegion {@code cloud.region} (needs a provider) */
    public void setCloudRegion(String cloudRegion) {
        enrichment.cloudRegion = blankToNull(cloudRegion);
    }

    /** @param maxStringLength longest string value; default {@value SecurityEventWriter#DEFAULT_MAX_STRING_LENGTH} */
    public void setMaxStringLength(int maxStringLength) {
        enrichment.maxStringLength = maxStringLength;
    }

    /** @param maxEventBytes largest event in bytes; default {@value SecurityEventWriter#DEFAULT_MAX_EVENT_BYTES} */
    public void setMaxEventBytes(int maxEventBytes) {
        enrichment.maxEventBytes = maxEventBytes;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    // ------------------------------------------------------------ transport (as TransportConfig)

    /** @param value {@code stdout} (default), {@code file}, {@code https} or {@code syslog} */
    public void setDestination(String value) {
        transport.setDestination(value);
    }

    /** @param value collector URL for {@code https} */
    public void setUrl(String value) {
        transport.setUrl(value);
    }

    /** @param value environment variable holding the collector API key */
    public void setApiKeyEnv(String value) {
        transport.setApiKeyEnv(value);
    }

    /** @param value file holding the collector API key (e.g. a mounted secret) */
    public void setApiKeyFile(String value) {
        transport.setApiKeyFile(value);
    }

    /** @param value credential header; default {@code Authorization} */
    public void setAuthHeaderName(String value) {
        transport.setAuthHeaderName(value);
    }

    /** @param value credential value with {@code {key}}; default {@code {key}} */
    public void setAuthValueFormat(String value) {
        transport.setAuthValueFormat(value);
    }

    /** @param value extra HTTP headers, comma-separated {@code Name=value} pairs */
    public void setHeaders(String value) {
        transport.setHeaders(value);
    }

    /** @param value {@code Content-Type}; default {@code application/json} */
    public void setContentType(String value) {
        transport.setContentType(value);
    }

    /** @param value gzip request bodies; default {@code true} */
    public void setGzip(String value) {
        transport.setGzip(value);
    }

    /** @param value connect timeout (https, syslog); default 10 seconds */
    public void setConnectTimeout(String value) {
        transport.setConnectTimeout(value);
    }

    /** @param value time allowed for the collector's answer; default 30 seconds */
    public void setRequestTimeout(String value) {
        transport.setRequestTimeout(value);
    }

    /** @param value allow plain {@code http://} to a loopback host only; default {@code false} */
    public void setAllowInsecureLoopback(String value) {
        transport.setAllowInsecureLoopback(value);
    }

    /** @param value syslog receiver host */
    public void setSyslogHost(String value) {
        transport.setSyslogHost(value);
    }

    /** @param value syslog port; default 6514 */
    public void setSyslogPort(String value) {
        transport.setSyslogPort(value);
    }

    /** @param value syslog over TLS; default {@code true} */
    public void setSyslogTls(String value) {
        transport.setSyslogTls(value);
    }

    /** @param value syslog facility, number or name; default {@code authpriv} (10) */
    public void setSyslogFacility(String value) {
        transport.setSyslogFacility(value);
    }

    /** @param value IANA enterprise number for {@code ocsf@PEN}; default 32473 */
    public void setSyslogEnterpriseNumber(String value) {
        transport.setSyslogEnterpriseNumber(value);
    }

    /** @param value syslog APP-NAME when an event has no service name */
    public void setSyslogAppName(String value) {
        transport.setSyslogAppName(value);
    }

    /** @param value longest write of one syslog batch; default 10 seconds */
    public void setSyslogWriteTimeout(String value) {
        transport.setSyslogWriteTimeout(value);
    }

    /** @param value NDJSON file for destination {@code file} */
    public void setFile(String value) {
        transport.setFile(value);
    }

    /** @param value roll the NDJSON file at this size; default 100MB */
    public void setMaxFileSize(String value) {
        transport.setMaxFileSize(value);
    }

    /** @param value rolled NDJSON files kept; default 5 */
    public void setMaxRolledFiles(String value) {
        transport.setMaxRolledFiles(value);
    }

    /** @param value trust store (PKCS12 or JKS) with the CAs to trust */
    public void setTrustStore(String value) {
        transport.setTrustStore(value);
    }

    /** @param value trust store type; default {@code PKCS12} */
    public void setTrustStoreType(String value) {
        transport.setTrustStoreType(value);
    }

    /** @param value environment variable holding the trust store password */
    public void setTrustStorePasswordEnv(String value) {
        transport.setTrustStorePasswordEnv(value);
    }

    /** @param value file holding the trust store password */
    public void setTrustStorePasswordFile(String value) {
        transport.setTrustStorePasswordFile(value);
    }

    /** @param value client key store for mutual TLS */
    public void setKeyStore(String value) {
        transport.setKeyStore(value);
    }

    /** @param value key store type; default {@code PKCS12} */
    public void setKeyStoreType(String value) {
        transport.setKeyStoreType(value);
    }

    /** @param value environment variable holding the key store password */
    public void setKeyStorePasswordEnv(String value) {
        transport.setKeyStorePasswordEnv(value);
    }

    /** @param value file holding the key store password */
    public void setKeyStorePasswordFile(String value) {
        transport.setKeyStorePasswordFile(value);
    }

    /** @param value bound on the memory of events held; default 16MB */
    public void setMaxQueueBytes(String value) {
        transport.setMaxQueueBytes(value);
    }

    /** @param value largest batch, in events; default 500 */
    public void setMaxBatchEvents(String value) {
        transport.setMaxBatchEvents(value);
    }

    /** @param value largest batch, in bytes; default 1MB */
    public void setMaxBatchBytes(String value) {
        transport.setMaxBatchBytes(value);
    }

    /**
     * @param value most batches sent and not yet answered at once; default 4 (https without a spool only; the other
     *              destinations send one batch at a time)
     */
    public void setMaxInFlightBatches(String value) {
        transport.setMaxInFlightBatches(value);
    }

    /** @param value longest wait for a batch to fill; default 200ms */
    public void setLinger(String value) {
        transport.setLinger(value);
    }

    /** @param value {@code DROP_NEWEST} (default; {@code SPOOL} with a spool), {@code DROP_OLDEST}, {@code BLOCK} or {@code SPOOL} */
    public void setOverflowPolicy(String value) {
        transport.setOverflowPolicy(value);
    }

    /** @param value longest wait for room under {@code BLOCK}; default 100ms */
    public void setBlockTimeout(String value) {
        transport.setBlockTimeout(value);
    }

    /** @param value how long {@code stop()} drains; default 10 seconds */
    public void setShutdownTimeout(String value) {
        transport.setShutdownTimeout(value);
    }

    /** @param value first retry delay; default 200ms */
    public void setInitialBackoff(String value) {
        transport.setInitialBackoff(value);
    }

    /** @param value longest retry delay; default 30 seconds */
    public void setMaxBackoff(String value) {
        transport.setMaxBackoff(value);
    }

    /** @param value longest {@code Retry-After} honoured; default 5 minutes */
    public void setMaxRetryAfter(String value) {
        transport.setMaxRetryAfter(value);
    }

    /** @param value shortest interval between two drop warnings; default 1 minute */
    public void setDropReportInterval(String value) {
        transport.setDropReportInterval(value);
    }

    /** @param value disk spool directory; enables the spool (overflow policy then defaults to {@code SPOOL}) */
    public void setSpoolDirectory(String value) {
        transport.setSpoolDirectory(value);
    }

    /** @param value bound on the spool's bytes on disk; default 256MB */
    public void setSpoolMaxBytes(String value) {
        transport.setSpoolMaxBytes(value);
    }

    /** @param value spool segment file size; default 8MB */
    public void setSpoolMaxSegmentBytes(String value) {
        transport.setSpoolMaxSegmentBytes(value);
    }

    /** @param value {@code DROP_OLDEST} (default) or {@code REFUSE_NEWEST} when the spool is full */
    public void setSpoolFullPolicy(String value) {
        transport.setSpoolFullPolicy(value);
    }

    /** @param value {@code ALWAYS}, {@code INTERVAL} (default) or {@code NEVER} */
    public void setSpoolFsync(String value) {
        transport.setSpoolFsync(value);
    }

    /** @param value fsync interval under {@code INTERVAL}; default 1 second */
    public void setSpoolFsyncInterval(String value) {
        transport.setSpoolFsyncInterval(value);
    }

    /** @param value wait before writing to a failed spool again; default 10 seconds */
    public void setSpoolWriteRetryInterval(String value) {
        transport.setSpoolWriteRetryInterval(value);
    }
}
