package uk.gov.justice.securityevents.log4j2;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.status.StatusLogger;
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
 * The Log4j2 appender {@code <SecurityEvents>}: ships security events from any logger (the {@code EmittedEvent}
 * parameter of {@code SecurityEvents.emit} through SLF4J, or logged with the Log4j2 API, or a bare
 * {@code SecurityEvent}), ignores every other log event, and offers each with the canonical
 * {@link SecurityEventWriter} to the transport's {@link DeliveryPipeline} (stdout, NDJSON file, HTTPS collector or
 * syslog over TLS), which serialises it on its sender thread while that keeps up, else on the logging thread.
 * Batching, retry, overflow and accounting live in the transport; every setting is validated once, by
 * {@link TransportConfig}.
 *
 * <pre>{@code
 * <Appenders>
 *   <SecurityEvents name="SECURITY_EVENTS" serviceName="case-api" environment="production"
 *                   destination="https" url="https://api-tenant.xdr.example/logs/v1/event"
 *                   apiKeyFile="/run/secrets/xsiam-api-key"/>
 * </Appenders>
 * <Loggers><Root level="info"><AppenderRef ref="SECURITY_EVENTS"/></Root></Loggers>
 * }</pre>
 *
 * <ul>
 *   <li>Never blocks the logging thread beyond the {@code BLOCK} overflow policy's {@code blockTimeout}, never does I/O
 *       on it and never throws into the application.</li>
 *   <li>A bad setting is reported to Log4j2's {@link StatusLogger} naming it ({@code ERROR security-events appender
 *       'X' not started: url is required for destination https}) and the appender is left out; the rest of the
 *       configuration keeps working. Delivery health (failing, recovered, drops) goes to the {@code StatusLogger}.</li>
 *   <li>Stopping (reconfiguration, {@code LoggerContext.stop()}, Log4j2's shutdown hook) drains the queue for at most
 *       {@code shutdownTimeout} and ends the appender's threads.</li>
 *   <li>On start, the events emitted before any shipping output existed are taken from the {@link StartupBuffer}.</li>
 *   <li>{@code mdcKeys} lists ThreadContext keys copied into each event as {@code unmapped.mdc.<key>}; none by
 *       default. {@code <Property name="X-Team" value="hmpps"/>} children are extra HTTP headers.</li>
 * </ul>
 *
 * <p>See {@code docs/log4j2.md} for every attribute and its default.
 */
@Plugin(name = SecurityEventsAppender.PLUGIN_NAME, category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE,
        printObject = true)
public final class SecurityEventsAppender extends AbstractAppender {
    /** The element name in {@code log4j2.xml}: {@value}. */
    public static final String PLUGIN_NAME = "SecurityEvents";

    private final SecurityEventWriter writer;
    private final TransportConfig config;
    private final String[] mdcKeys;
    private final DeliveryListener deliveryListener;
    private final StatusReporter status;
    private volatile SecurityEventShipper shipper;
    /** Non-null while the spool directory is still held by the configuration this one replaces. */
    private volatile SpoolHandover handover;

    private SecurityEventsAppender(String name, Filter filter, boolean ignoreExceptions, Property[] properties,
            SecurityEventWriter writer, TransportConfig config, String[] mdcKeys, DeliveryListener listener) {
        super(name, filter, null, ignoreExceptions, properties);
        this.writer = writer;
        this.config = config;
        this.mdcKeys = mdcKeys;
        this.deliveryListener = listener;
        this.status = new Log4j2StatusReporter(name);
    }

    /** @return a builder for the plugin; Log4j2 fills it from the configuration's attributes */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Builds the pipeline (touching no network), starts it, then takes the startup buffer's events. A failure here
     * (e.g. a trust store whose password is wrong) is reported to the {@code StatusLogger} and leaves the appender
     * stopped.
     */
    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        SecurityEventShipper created;
        try {
            created = new SecurityEventShipper(writer, config.build(status, deliveryListener), status);
        } catch (IllegalStateException e) {
            if (config.diskSpool() == null || !SpoolHandover.isHeldInThisProcess(e)) {
                StatusLogger.getLogger().error("security-events appender '{}' not started: {}", getName(),
                        e.getMessage());
                return;
            }
            // Log4j2 starts a new configuration before it stops the old one, whose appender still holds the spool
            // directory: hold events briefly and build on the first event after the old appender has let go.
            handover = new SpoolHandover();
            super.start();
            StatusLogger.getLogger().info("security-events appender '{}' waits for the previous configuration to"
                    + " release spool directory {}", getName(), config.getSpoolDirectory());
            return;
        } catch (IllegalArgumentException | NullPointerException e) {
            StatusLogger.getLogger().error("security-events appender '{}' not started: {}", getName(),
                    e.getMessage());
            return;
        }
        begin(created);
    }

    private void begin(SecurityEventShipper created) {
        shipper = created;
        if (!isStarted()) {
            super.start();
        }
        created.start();
        StatusLogger.getLogger().info("security-events appender '{}' shipping security events to {}", getName(),
                created.pipeline());
    }

    @Override
    public void append(LogEvent event) {
        SecurityEventShipper s = shipper;
        if (s == null && handover == null) {
            return;
        }
        EmittedEvent emitted = Events.find(event);
        if (emitted == null) {
            return;
        }
        if (mdcKeys.length > 0) {
            emitted = Events.withMdc(emitted, mdcKeys, event.getContextData());
        }
        if (s == null) {
            s = takeOver(emitted);
            if (s == null) {
                return;
            }
        }
        s.ship(emitted);
    }

    /** While waiting for the spool: hold the event, and try to build once the previous appender has stopped. */
    private SecurityEventShipper takeOver(EmittedEvent emitted) {
        SpoolHandover h = handover;
        if (h == null) {
            return shipper;
        }
        synchronized (h) {
            if (shipper != null) {
                return shipper;
            }
            if (emitted != null && !h.due()) {
                h.hold(emitted);
                return null;
            }
            try {
                SecurityEventShipper created = new SecurityEventShipper(writer, config.build(status,
                        deliveryListener), status);
                begin(created);
                h.drainTo(created, status);
                handover = null;
                return created;
            } catch (IllegalStateException | IllegalArgumentException e) {
                if (emitted != null) {
                    h.hold(emitted);
                }
                return null;
            }
        }
    }

    /**
     * Stops taking events, then drains the queue for at most the appender's {@code shutdownTimeout} (not Log4j2's
     * {@code shutdownTimeout}, which defaults to 0), counts and reports what is left, and ends the appender's threads.
     */
    @Override
    public boolean stop(long timeout, TimeUnit timeUnit) {
        setStopping();
        boolean stopped = super.stop(timeout, timeUnit, false);
        SpoolHandover h = handover;
        if (h != null && shipper == null && takeOver(null) == null) {
            synchronized (h) {
                h.abandon(status);
            }
        }
        SecurityEventShipper s = shipper;
        if (s != null) {
            long lost = s.stop(config.shutdownTimeoutValue());
            StatusLogger.getLogger().info("security-events appender '{}' stopped; {} delivered, {} not delivered at"
                    + " shutdown", getName(), s.snapshot().delivered(), lost);
        }
        setStopped();
        return stopped;
    }

    /** @return the pipeline's counters, or null before a successful start */
    public DeliverySnapshot snapshot() {
        SecurityEventShipper s = shipper;
        return s == null ? null : s.snapshot();
    }

    /** Builds {@link SecurityEventsAppender} from the configuration; every attribute is optional except {@code name}. */
    public static final class Builder extends AbstractAppender.Builder<Builder>
            implements org.apache.logging.log4j.core.util.Builder<SecurityEventsAppender> {

        @PluginBuilderAttribute
        private String serviceName;
        @PluginBuilderAttribute
        private String serviceVersion;
        @PluginBuilderAttribute
        private String vendorName;
        @PluginBuilderAttribute
        private String environment;
        @PluginBuilderAttribute
        private String tenant;
        @PluginBuilderAttribute
        private String hostname;
        @PluginBuilderAttribute
        private String cloudProvider;
        @PluginBuilderAttribute
        private String cloudRegion;
        @PluginBuilderAttribute
        private int maxStringLength = SecurityEventWriter.DEFAULT_MAX_STRING_LENGTH;
        @PluginBuilderAttribute
        private int maxEventBytes = SecurityEventWriter.DEFAULT_MAX_EVENT_BYTES;
        @PluginBuilderAttribute
        private String mdcKeys;
        private DeliveryListener deliveryListener = DeliveryListener.NO_OP;

        @PluginBuilderAttribute
        private String destination;

        @PluginBuilderAttribute
        private String url;

        @PluginBuilderAttribute
        private String apiKeyEnv;

        @PluginBuilderAttribute
        private String apiKeyFile;

        @PluginBuilderAttribute
        private String authHeaderName;

        @PluginBuilderAttribute
        private String authValueFormat;

        @PluginBuilderAttribute
        private String headers;

        @PluginBuilderAttribute
        private String contentType;

        @PluginBuilderAttribute
        private String gzip;

        @PluginBuilderAttribute
        private String connectTimeout;

        @PluginBuilderAttribute
        private String requestTimeout;

        @PluginBuilderAttribute
        private String allowInsecureLoopback;

        @PluginBuilderAttribute
        private String syslogHost;

        @PluginBuilderAttribute
        private String syslogPort;

        @PluginBuilderAttribute
        private String syslogTls;

        @PluginBuilderAttribute
        private String syslogFacility;

        @PluginBuilderAttribute
        private String syslogEnterpriseNumber;

        @PluginBuilderAttribute
        private String syslogAppName;

        @PluginBuilderAttribute
        private String syslogWriteTimeout;

        @PluginBuilderAttribute
        private String file;

        @PluginBuilderAttribute
        private String maxFileSize;

        @PluginBuilderAttribute
        private String maxRolledFiles;

        @PluginBuilderAttribute
        private String trustStore;

        @PluginBuilderAttribute
        private String trustStoreType;

        @PluginBuilderAttribute
        private String trustStorePasswordEnv;

        @PluginBuilderAttribute
        private String trustStorePasswordFile;

        @PluginBuilderAttribute
        private String keyStore;

        @PluginBuilderAttribute
        private String keyStoreType;

        @PluginBuilderAttribute
        private String keyStorePasswordEnv;

        @PluginBuilderAttribute
        private String keyStorePasswordFile;

        @PluginBuilderAttribute
        private String maxQueueBytes;

        @PluginBuilderAttribute
        private String maxBatchEvents;

        @PluginBuilderAttribute
        private String maxBatchBytes;

        @PluginBuilderAttribute
        private String maxInFlightBatches;

        @PluginBuilderAttribute
        private String linger;

        @PluginBuilderAttribute
        private String overflowPolicy;

        @PluginBuilderAttribute
        private String blockTimeout;

        @PluginBuilderAttribute
        private String shutdownTimeout;

        @PluginBuilderAttribute
        private String initialBackoff;

        @PluginBuilderAttribute
        private String maxBackoff;

        @PluginBuilderAttribute
        private String maxRetryAfter;

        @PluginBuilderAttribute
        private String dropReportInterval;

        @PluginBuilderAttribute
        private String spoolDirectory;

        @PluginBuilderAttribute
        private String spoolMaxBytes;

        @PluginBuilderAttribute
        private String spoolMaxSegmentBytes;

        @PluginBuilderAttribute
        private String spoolFullPolicy;

        @PluginBuilderAttribute
        private String spoolFsync;

        @PluginBuilderAttribute
        private String spoolFsyncInterval;

        @PluginBuilderAttribute
        private String spoolWriteRetryInterval;

        private Builder() {
        }

        /**
         * @param v {@code metadata.product.name}; default {@value ServiceContext#DEFAULT_SERVICE_NAME}
         * @return this builder
         */
        public Builder setServiceName(String v) {
            this.serviceName = v;
            return this;
        }

        /**
         * @param v {@code metadata.product.version}
         * @return this builder
         */
        public Builder setServiceVersion(String v) {
            this.serviceVersion = v;
            return this;
        }

        /**
         * @param v {@code metadata.product.vendor_name}
         * @return this builder
         */
        public Builder setVendorName(String v) {
            this.vendorName = v;
            return this;
        }

        /**
         * @param v label {@code environment:<value>}
         * @return this builder
         */
        public Builder setEnvironment(String v) {
            this.environment = v;
            return this;
        }

        /**
         * @param v {@code metadata.tenant_uid}
         * @return this builder
         */
        public Builder setTenant(String v) {
            this.tenant = v;
            return this;
        }

        /**
         * @param v {@code device.hostname}; default detected without DNS
         * @return this builder
         */
        public Builder setHostname(String v) {
            this.hostname = v;
            return this;
        }

        /**
         * @param v {@code cloud.provider}
         * @return this builder
         */
        public Builder setCloudProvider(String v) {
            this.cloudProvider = v;
            return this;
        }

        /**
         * @param v {@code cloud.region}
         * @return this builder
         */
        public Builder setCloudRegion(String v) {
            this.cloudRegion = v;
            return this;
        }

        /**
         * @param v longest string value
         * @return this builder
         */
        public Builder setMaxStringLength(int v) {
            this.maxStringLength = v;
            return this;
        }

        /**
         * @param v largest event in bytes
         * @return this builder
         */
        public Builder setMaxEventBytes(int v) {
            this.maxEventBytes = v;
            return this;
        }

        /**
         * @param v ThreadContext keys copied under {@code unmapped.mdc}, comma-separated
         * @return this builder
         */
        public Builder setMdcKeys(String v) {
            this.mdcKeys = v;
            return this;
        }

        /**
         * @param listener observes deliveries, retries and drops (programmatic use)
         * @return this builder
         */
        public Builder setDeliveryListener(DeliveryListener listener) {
            this.deliveryListener = java.util.Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setDestination(String)}
         * @return this builder
         */
        public Builder setDestination(String v) {
            this.destination = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setUrl(String)}
         * @return this builder
         */
        public Builder setUrl(String v) {
            this.url = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setApiKeyEnv(String)}
         * @return this builder
         */
        public Builder setApiKeyEnv(String v) {
            this.apiKeyEnv = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setApiKeyFile(String)}
         * @return this builder
         */
        public Builder setApiKeyFile(String v) {
            this.apiKeyFile = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setAuthHeaderName(String)}
         * @return this builder
         */
        public Builder setAuthHeaderName(String v) {
            this.authHeaderName = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setAuthValueFormat(String)}
         * @return this builder
         */
        public Builder setAuthValueFormat(String v) {
            this.authValueFormat = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setHeaders(String)}
         * @return this builder
         */
        public Builder setHeaders(String v) {
            this.headers = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setContentType(String)}
         * @return this builder
         */
        public Builder setContentType(String v) {
            this.contentType = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setGzip(String)}
         * @return this builder
         */
        public Builder setGzip(String v) {
            this.gzip = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setConnectTimeout(String)}
         * @return this builder
         */
        public Builder setConnectTimeout(String v) {
            this.connectTimeout = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setRequestTimeout(String)}
         * @return this builder
         */
        public Builder setRequestTimeout(String v) {
            this.requestTimeout = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setAllowInsecureLoopback(String)}
         * @return this builder
         */
        public Builder setAllowInsecureLoopback(String v) {
            this.allowInsecureLoopback = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogHost(String)}
         * @return this builder
         */
        public Builder setSyslogHost(String v) {
            this.syslogHost = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogPort(String)}
         * @return this builder
         */
        public Builder setSyslogPort(String v) {
            this.syslogPort = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogTls(String)}
         * @return this builder
         */
        public Builder setSyslogTls(String v) {
            this.syslogTls = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogFacility(String)}
         * @return this builder
         */
        public Builder setSyslogFacility(String v) {
            this.syslogFacility = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogEnterpriseNumber(String)}
         * @return this builder
         */
        public Builder setSyslogEnterpriseNumber(String v) {
            this.syslogEnterpriseNumber = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogAppName(String)}
         * @return this builder
         */
        public Builder setSyslogAppName(String v) {
            this.syslogAppName = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSyslogWriteTimeout(String)}
         * @return this builder
         */
        public Builder setSyslogWriteTimeout(String v) {
            this.syslogWriteTimeout = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setFile(String)}
         * @return this builder
         */
        public Builder setFile(String v) {
            this.file = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxFileSize(String)}
         * @return this builder
         */
        public Builder setMaxFileSize(String v) {
            this.maxFileSize = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxRolledFiles(String)}
         * @return this builder
         */
        public Builder setMaxRolledFiles(String v) {
            this.maxRolledFiles = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setTrustStore(String)}
         * @return this builder
         */
        public Builder setTrustStore(String v) {
            this.trustStore = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setTrustStoreType(String)}
         * @return this builder
         */
        public Builder setTrustStoreType(String v) {
            this.trustStoreType = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setTrustStorePasswordEnv(String)}
         * @return this builder
         */
        public Builder setTrustStorePasswordEnv(String v) {
            this.trustStorePasswordEnv = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setTrustStorePasswordFile(String)}
         * @return this builder
         */
        public Builder setTrustStorePasswordFile(String v) {
            this.trustStorePasswordFile = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setKeyStore(String)}
         * @return this builder
         */
        public Builder setKeyStore(String v) {
            this.keyStore = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setKeyStoreType(String)}
         * @return this builder
         */
        public Builder setKeyStoreType(String v) {
            this.keyStoreType = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setKeyStorePasswordEnv(String)}
         * @return this builder
         */
        public Builder setKeyStorePasswordEnv(String v) {
            this.keyStorePasswordEnv = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setKeyStorePasswordFile(String)}
         * @return this builder
         */
        public Builder setKeyStorePasswordFile(String v) {
            this.keyStorePasswordFile = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxQueueBytes(String)}
         * @return this builder
         */
        public Builder setMaxQueueBytes(String v) {
            this.maxQueueBytes = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxBatchEvents(String)}
         * @return this builder
         */
        public Builder setMaxBatchEvents(String v) {
            this.maxBatchEvents = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxBatchBytes(String)}
         * @return this builder
         */
        public Builder setMaxBatchBytes(String v) {
            this.maxBatchBytes = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxInFlightBatches(String)}
         * @return this builder
         */
        public Builder setMaxInFlightBatches(String v) {
            this.maxInFlightBatches = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setLinger(String)}
         * @return this builder
         */
        public Builder setLinger(String v) {
            this.linger = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setOverflowPolicy(String)}
         * @return this builder
         */
        public Builder setOverflowPolicy(String v) {
            this.overflowPolicy = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setBlockTimeout(String)}
         * @return this builder
         */
        public Builder setBlockTimeout(String v) {
            this.blockTimeout = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setShutdownTimeout(String)}
         * @return this builder
         */
        public Builder setShutdownTimeout(String v) {
            this.shutdownTimeout = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setInitialBackoff(String)}
         * @return this builder
         */
        public Builder setInitialBackoff(String v) {
            this.initialBackoff = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxBackoff(String)}
         * @return this builder
         */
        public Builder setMaxBackoff(String v) {
            this.maxBackoff = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setMaxRetryAfter(String)}
         * @return this builder
         */
        public Builder setMaxRetryAfter(String v) {
            this.maxRetryAfter = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setDropReportInterval(String)}
         * @return this builder
         */
        public Builder setDropReportInterval(String v) {
            this.dropReportInterval = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolDirectory(String)}
         * @return this builder
         */
        public Builder setSpoolDirectory(String v) {
            this.spoolDirectory = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolMaxBytes(String)}
         * @return this builder
         */
        public Builder setSpoolMaxBytes(String v) {
            this.spoolMaxBytes = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolMaxSegmentBytes(String)}
         * @return this builder
         */
        public Builder setSpoolMaxSegmentBytes(String v) {
            this.spoolMaxSegmentBytes = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolFullPolicy(String)}
         * @return this builder
         */
        public Builder setSpoolFullPolicy(String v) {
            this.spoolFullPolicy = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolFsync(String)}
         * @return this builder
         */
        public Builder setSpoolFsync(String v) {
            this.spoolFsync = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolFsyncInterval(String)}
         * @return this builder
         */
        public Builder setSpoolFsyncInterval(String v) {
            this.spoolFsyncInterval = v;
            return this;
        }

        /**
         * @param v see {@link TransportConfig#setSpoolWriteRetryInterval(String)}
         * @return this builder
         */
        public Builder setSpoolWriteRetryInterval(String v) {
            this.spoolWriteRetryInterval = v;
            return this;
        }

        /**
         * Validates every setting; on a bad one, reports it to the {@code StatusLogger} naming the setting and returns
         * null, so Log4j2 leaves the appender out and keeps the rest of the configuration.
         *
         * @return the appender, or null when a setting is invalid
         */
        @Override
        public SecurityEventsAppender build() {
            String name = getName();
            try {
                String[] keys = Events.mdcKeys(mdcKeys);
                TransportConfig config = new TransportConfig();
            config.setDestination(destination);
            config.setUrl(url);
            config.setApiKeyEnv(apiKeyEnv);
            config.setApiKeyFile(apiKeyFile);
            config.setAuthHeaderName(authHeaderName);
            config.setAuthValueFormat(authValueFormat);
            config.setHeaders(headers);
            config.setContentType(contentType);
            config.setGzip(gzip);
            config.setConnectTimeout(connectTimeout);
            config.setRequestTimeout(requestTimeout);
            config.setAllowInsecureLoopback(allowInsecureLoopback);
            config.setSyslogHost(syslogHost);
            config.setSyslogPort(syslogPort);
            config.setSyslogTls(syslogTls);
            config.setSyslogFacility(syslogFacility);
            config.setSyslogEnterpriseNumber(syslogEnterpriseNumber);
            config.setSyslogAppName(syslogAppName);
            config.setSyslogWriteTimeout(syslogWriteTimeout);
            config.setFile(file);
            config.setMaxFileSize(maxFileSize);
            config.setMaxRolledFiles(maxRolledFiles);
            config.setTrustStore(trustStore);
            config.setTrustStoreType(trustStoreType);
            config.setTrustStorePasswordEnv(trustStorePasswordEnv);
            config.setTrustStorePasswordFile(trustStorePasswordFile);
            config.setKeyStore(keyStore);
            config.setKeyStoreType(keyStoreType);
            config.setKeyStorePasswordEnv(keyStorePasswordEnv);
            config.setKeyStorePasswordFile(keyStorePasswordFile);
            config.setMaxQueueBytes(maxQueueBytes);
            config.setMaxBatchEvents(maxBatchEvents);
            config.setMaxBatchBytes(maxBatchBytes);
            config.setMaxInFlightBatches(maxInFlightBatches);
            config.setLinger(linger);
            config.setOverflowPolicy(overflowPolicy);
            config.setBlockTimeout(blockTimeout);
            config.setShutdownTimeout(shutdownTimeout);
            config.setInitialBackoff(initialBackoff);
            config.setMaxBackoff(maxBackoff);
            config.setMaxRetryAfter(maxRetryAfter);
            config.setDropReportInterval(dropReportInterval);
            config.setSpoolDirectory(spoolDirectory);
            config.setSpoolMaxBytes(spoolMaxBytes);
            config.setSpoolMaxSegmentBytes(spoolMaxSegmentBytes);
            config.setSpoolFullPolicy(spoolFullPolicy);
            config.setSpoolFsync(spoolFsync);
            config.setSpoolFsyncInterval(spoolFsyncInterval);
            config.setSpoolWriteRetryInterval(spoolWriteRetryInterval);
                Property[] properties = getPropertyArray();
                if (properties != null) {
                    for (Property p : properties) {
                        config.addHeader(p.getName(), p.getValue());
                    }
                }
                List<String> warnings = config.validate();
                for (String warning : warnings) {
                    StatusLogger.getLogger().warn("security-events appender '{}': {}", name, warning);
                }
                Enrichment enrichment = new Enrichment();
                enrichment.serviceName = serviceName;
                enrichment.serviceVersion = serviceVersion;
                enrichment.vendorName = vendorName;
                enrichment.environment = environment;
                enrichment.tenant = tenant;
                enrichment.hostname = hostname;
                enrichment.cloudProvider = cloudProvider;
                enrichment.cloudRegion = cloudRegion;
                enrichment.maxStringLength = maxStringLength;
                enrichment.maxEventBytes = maxEventBytes;
                SecurityEventWriter writer = enrichment.createWriter();
                return new SecurityEventsAppender(name, getFilter(), isIgnoreExceptions(), null, writer, config, keys,
                        deliveryListener);
            } catch (IllegalArgumentException | NullPointerException e) {
                StatusLogger.getLogger().error("security-events appender '{}' not started: {}", name, e.getMessage());
                return null;
            }
        }
    }

    /** @return the drain deadline used when stopping */
    Duration shutdownTimeout() {
        return config.shutdownTimeoutValue();
    }
}
