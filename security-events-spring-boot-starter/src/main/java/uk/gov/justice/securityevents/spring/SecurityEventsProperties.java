package uk.gov.justice.securityevents.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Validator;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.transport.FsyncPolicy;
import uk.gov.justice.securityevents.transport.OverflowPolicy;
import uk.gov.justice.securityevents.transport.SpoolFullPolicy;

/**
 * Settings of the security-events starter, bound from security-events.*. Every value has a documented default,
 * so an application configures nothing to get canonical events on stdout and the Spring Security bridge.
 *
 * <p>The class validates itself (it is a Spring {@link Validator}, which Boot applies to configuration properties
 * without needing a JSR-380 provider on the class path): a bad value fails start-up with Boot's "Binding to target
 * ... failed" report naming the property, e.g. security-events.platform-covered-principles.
 */
@ConfigurationProperties(prefix = SecurityEventsProperties.PREFIX)
public class SecurityEventsProperties implements Validator {
    /** The property prefix: {@value}. */
    public static final String PREFIX = "security-events";
    /** Profiles treated as production when none are configured: prod, production. */
    public static final List<String> DEFAULT_PRODUCTION_PROFILES = List.of("prod", "production");
    /** How long a failed login is remembered for the prior-failure count: PT15M. */
    public static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofMinutes(15);
    /** How many principal names the prior-failure counter tracks at most: {@value}. */
    public static final int DEFAULT_MAX_TRACKED_PRINCIPALS = 10_000;
    /** Slack allowed when deciding that a destroyed session had timed out: PT1S. */
    public static final Duration DEFAULT_EXPIRY_TOLERANCE = Duration.ofSeconds(1);
    /** How long delivery may fail before the health indicator reports DOWN: PT5M. */
    public static final Duration DEFAULT_FAILING_THRESHOLD = Duration.ofMinutes(5);

    /** Whether the starter does anything at all; false turns every bean, bridge and appender of it off. */
    private boolean enabled = true;

    /** Service name (metadata.product.name); defaults to spring.application.name. */
    private String serviceName;

    /** Service version (metadata.product.version); defaults to the build-info version when present. */
    private String serviceVersion;

    /** Environment label (environment:<value>); defaults to the active profiles joined by a comma. */
    private String environment;

    /** Tenant (metadata.tenant_uid), e.g. the MoJ team or platform tenant id; none by default. */
    private String tenant;

    /** Profiles that mean "this is production", for the principle 7 start-up guard. */
    private List<String> productionProfiles = new ArrayList<>(DEFAULT_PRODUCTION_PROFILES);

    /**
     * Set to true when stdout already reaches the MoJ Cyber Security Logging Platform (as on the MoJ Cloud Platform,
     * where Fluent Bit ships container stdout to XSIAM); silences the principle 7 warning in production.
     */
    private boolean platformDestinationAcknowledged;

    /**
     * Principle items the platform already evidences for this service (e.g. 3a, 5a), shown as
     * covered by the securityevents actuator endpoint. MoJ references, case-insensitive.
     */
    private List<String> platformCoveredPrinciples = new ArrayList<>();

    /** Bridges from framework events to typed security events. */
    private final Bridge bridge = new Bridge();

    /** Where events go through Logback. */
    private final Logback logback = new Logback();

    /** Where events are shipped: stdout (default), file, https or syslog, with its settings. */
    private final Destination destination = new Destination();

    /** The delivery pipeline: queue, batching, overflow, retry and shutdown. */
    private final Pipeline pipeline = new Pipeline();

    /** The optional disk spool. */
    private final Spool spool = new Spool();

    /** The securityEvents health indicator. */
    private final Health health = new Health();

    /** Whether the starter is on. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Turns the starter on or off. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Configured service name, or null to use spring.application.name. */
    public String getServiceName() {
        return serviceName;
    }

    /** Sets the service name. */
    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    /** Configured service version, or null to use the build-info version. */
    public String getServiceVersion() {
        return serviceVersion;
    }

    /** Sets the service version. */
    public void setServiceVersion(String serviceVersion) {
        this.serviceVersion = serviceVersion;
    }

    /** Configured environment, or null to use the active profiles. */
    public String getEnvironment() {
        return environment;
    }

    /** Sets the environment. */
    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    /** Tenant, or null. */
    public String getTenant() {
        return tenant;
    }

    /** Sets the tenant. */
    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    /** Production profile names. */
    public List<String> getProductionProfiles() {
        return productionProfiles;
    }

    /** Sets the production profile names. */
    public void setProductionProfiles(List<String> productionProfiles) {
        this.productionProfiles = productionProfiles;
    }

    /** Whether stdout is acknowledged to reach the platform. */
    public boolean isPlatformDestinationAcknowledged() {
        return platformDestinationAcknowledged;
    }

    /** Acknowledges that stdout reaches the platform. */
    public void setPlatformDestinationAcknowledged(boolean platformDestinationAcknowledged) {
        this.platformDestinationAcknowledged = platformDestinationAcknowledged;
    }

    /** Principle references the platform covers. */
    public List<String> getPlatformCoveredPrinciples() {
        return platformCoveredPrinciples;
    }

    /** Sets the principle references the platform covers. */
    public void setPlatformCoveredPrinciples(List<String> platformCoveredPrinciples) {
        this.platformCoveredPrinciples = platformCoveredPrinciples;
    }

    /** Bridge settings. */
    public Bridge getBridge() {
        return bridge;
    }

    /** Logback settings. */
    public Logback getLogback() {
        return logback;
    }

    /** Destination settings. */
    public Destination getDestination() {
        return destination;
    }

    /** Pipeline settings. */
    public Pipeline getPipeline() {
        return pipeline;
    }

    /** Spool settings. */
    public Spool getSpool() {
        return spool;
    }

    /** Health indicator settings. */
    public Health getHealth() {
        return health;
    }

    /**
     * The platform-covered principles as {@link Principle}s; call after validation.
     *
     * @return the principles, in declaration order of the enum
     */
    public List<Principle> platformCoveredPrincipleItems() {
        List<Principle> items = new ArrayList<>();
        for (Principle p : Principle.values()) {
            for (String ref : platformCoveredPrinciples) {
                if (ref != null && p.reference().equals(ref.trim().toLowerCase(Locale.ROOT))) {
                    items.add(p);
                    break;
                }
            }
        }
        return items;
    }

    @Override
    public boolean supports(Class<?> type) {
        return SecurityEventsProperties.class.isAssignableFrom(type);
    }

    /** Field errors use the kebab-case property path, so Boot's failure report prints the name users type. */
    @Override
    public void validate(Object target, Errors errors) {
        SecurityEventsProperties p = (SecurityEventsProperties) target;
        rejectBlank(errors, "service-name", p.serviceName);
        rejectBlank(errors, "service-version", p.serviceVersion);
        rejectBlank(errors, "environment", p.environment);
        rejectBlank(errors, "tenant", p.tenant);
        if (p.productionProfiles == null || p.productionProfiles.stream().anyMatch(s -> s == null || s.isBlank())) {
            errors.rejectValue("production-profiles", "blank", "must not contain blank profile names");
        }
        for (String ref : p.platformCoveredPrinciples) {
            if (ref == null || !isPrincipleReference(ref)) {
                errors.rejectValue("platform-covered-principles", "unknown",
                        "'" + ref + "' is not an MoJ principle reference; use one of " + references());
            }
        }
        SpringSecurity s = p.bridge.springSecurity;
        if (s.failureWindow == null || s.failureWindow.isNegative() || s.failureWindow.isZero()) {
            errors.rejectValue("bridge.spring-security.failure-window", "positive", "must be a positive duration");
        }
        if (s.maxTrackedPrincipals < 1) {
            errors.rejectValue("bridge.spring-security.max-tracked-principals", "positive", "must be at least 1");
        }
        Duration tolerance = p.bridge.sessions.expiryTolerance;
        if (tolerance == null || tolerance.isNegative()) {
            errors.rejectValue("bridge.sessions.expiry-tolerance", "notNegative", "must not be negative");
        }
        Duration threshold = p.health.failingThreshold;
        if (threshold == null || threshold.isNegative()) {
            errors.rejectValue("health.failing-threshold", "notNegative", "must not be negative");
        }
    }

    private static void rejectBlank(Errors errors, String field, String value) {
        if (value != null && value.isBlank()) {
            errors.rejectValue(field, "blank", "must not be blank when set");
        }
    }

    private static boolean isPrincipleReference(String ref) {
        String normalised = ref.trim().toLowerCase(Locale.ROOT);
        for (Principle p : Principle.values()) {
            if (p.reference().equals(normalised)) {
                return true;
            }
        }
        return false;
    }

    private static String references() {
        StringBuilder sb = new StringBuilder();
        for (Principle p : Principle.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.reference());
        }
        return sb.toString();
    }

    /** Bridges from framework events to typed security events. */
    public static class Bridge {
        /** The Spring Security bridge. */
        private final SpringSecurity springSecurity = new SpringSecurity();

        /** The HTTP session bridge. */
        private final Sessions sessions = new Sessions();

        /** Spring Security bridge settings. */
        public SpringSecurity getSpringSecurity() {
            return springSecurity;
        }

        /** Session bridge settings. */
        public Sessions getSessions() {
            return sessions;
        }
    }

    /** Spring Security authentication, logout, switch-user and authorisation events. */
    public static class SpringSecurity {
        /** Whether Spring Security's events become typed security events. */
        private boolean enabled = true;

        /**
         * Whether a request denied to an anonymous caller is reported as AccessDenied. Off by default: Spring Security
         * answers such a request with a login challenge, which is not a refusal of a known user.
         */
        private boolean reportAnonymousDenials;

        /** How long a failed login counts towards the next success's prior failure count. */
        private Duration failureWindow = DEFAULT_FAILURE_WINDOW;

        /** Most principal names whose recent failures are remembered; the oldest are forgotten first. */
        private int maxTrackedPrincipals = DEFAULT_MAX_TRACKED_PRINCIPALS;

        /** Whether the bridge is on. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Turns the bridge on or off. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** Whether anonymous denials are reported. */
        public boolean isReportAnonymousDenials() {
            return reportAnonymousDenials;
        }

        /** Reports anonymous denials too. */
        public void setReportAnonymousDenials(boolean reportAnonymousDenials) {
            this.reportAnonymousDenials = reportAnonymousDenials;
        }

        /** The failure window. */
        public Duration getFailureWindow() {
            return failureWindow;
        }

        /** Sets the failure window. */
        public void setFailureWindow(Duration failureWindow) {
            this.failureWindow = failureWindow;
        }

        /** The most principals tracked. */
        public int getMaxTrackedPrincipals() {
            return maxTrackedPrincipals;
        }

        /** Sets the most principals tracked. */
        public void setMaxTrackedPrincipals(int maxTrackedPrincipals) {
            this.maxTrackedPrincipals = maxTrackedPrincipals;
        }
    }

    /** HTTP session life cycle: SessionCreated, SessionExpired, SessionClosed. */
    public static class Sessions {
        /** Whether servlet session creation and destruction become events (registers HttpSessionEventPublisher). */
        private boolean enabled = true;

        /**
         * Slack when deciding whether a destroyed session timed out (last access + max inactive interval is at most
         * now + tolerance): SessionExpired IDLE_TIMEOUT when it did, SessionClosed otherwise. Covers containers whose
         * reaper fires a little early.
         */
        private Duration expiryTolerance = DEFAULT_EXPIRY_TOLERANCE;

        /** Whether the session bridge is on. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Turns the session bridge on or off. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** The expiry tolerance. */
        public Duration getExpiryTolerance() {
            return expiryTolerance;
        }

        /** Sets the expiry tolerance. */
        public void setExpiryTolerance(Duration expiryTolerance) {
            this.expiryTolerance = expiryTolerance;
        }
    }

    /** Logback output. */
    public static class Logback {
        /**
         * Whether to attach a stdout appender with SecurityEventEncoder to logger security-events when the
         * Logback configuration has no appender with that encoder on that logger or root.
         */
        private boolean consoleEnabled = true;

        /**
         * Whether the ordinary log appenders also get the one-line human summary of each event. Off by default
         * (logger security-events is made non-additive), so stdout carries each event once, as canonical JSON.
         */
        private boolean keepHumanLine;

        /** Whether the stdout appender may be installed. */
        public boolean isConsoleEnabled() {
            return consoleEnabled;
        }

        /** Allows or forbids the stdout appender. */
        public void setConsoleEnabled(boolean consoleEnabled) {
            this.consoleEnabled = consoleEnabled;
        }

        /** Whether ordinary appenders keep the human line. */
        public boolean isKeepHumanLine() {
            return keepHumanLine;
        }

        /** Keeps the human line in ordinary appenders. */
        public void setKeepHumanLine(boolean keepHumanLine) {
            this.keepHumanLine = keepHumanLine;
        }
    }

    /** Where security events are shipped (TransportConfig's destination settings). Every value unset means the transport's default. */
    public static class Destination {
        /** Destination: stdout (default), file, https or syslog. Anything but stdout installs the shipping appender instead of the stdout console appender. */
        private String type;

        /** Collector URL for destination https, e.g. https://api-tenant.xdr.example/logs/v1/event. */
        private String url;

        /** Name of the environment variable holding the collector API key (never the key itself). */
        private String apiKeyEnv;

        /** Path of a file holding the collector API key, e.g. a mounted Kubernetes secret. */
        private String apiKeyFile;

        /** HTTP header carrying the credential. */
        private String authHeaderName;

        /** Credential header value, with {key} where the API key goes, e.g. 'Splunk {key}'. */
        private String authValueFormat;

        /** Extra HTTP headers sent with every request (values must not contain commas). */
        private java.util.Map<String, String> headers;

        /** Content-Type of the NDJSON request body. */
        private String contentType;

        /** Whether request bodies are gzip-compressed. */
        private Boolean gzip;

        /** TCP and TLS connect timeout (https and syslog). */
        private Duration connectTimeout;

        /** Time allowed for the collector's answer (https). */
        private Duration requestTimeout;

        /** Allow plain http:// to a loopback host only (a sidecar collector). */
        private Boolean allowInsecureLoopback;

        /** NDJSON file for destination file. */
        private String file;

        /** Roll the NDJSON file before it grows past this size. */
        private DataSize maxFileSize;

        /** Rolled NDJSON files kept (file.1 is the newest). */
        private Integer maxRolledFiles;

        /** Syslog settings. */
        private final Syslog syslog = new Syslog();

        /** TLS trust and client certificate for https and syslog. */
        private final Tls tls = new Tls();

        /** @return destination: stdout (default), file, https or syslog. Anything but stdout installs the shipping appender instead of the stdout console appender. */
        public String getType() {
            return type;
        }

        /** @param type destination: stdout (default), file, https or syslog. Anything but stdout installs the shipping appender instead of the stdout console appender. */
        public void setType(String type) {
            this.type = type;
        }

        /** @return collector URL for destination https, e.g. https://api-tenant.xdr.example/logs/v1/event. */
        public String getUrl() {
            return url;
        }

        /** @param url collector URL for destination https, e.g. https://api-tenant.xdr.example/logs/v1/event. */
        public void setUrl(String url) {
            this.url = url;
        }

        /** @return name of the environment variable holding the collector API key (never the key itself). */
        public String getApiKeyEnv() {
            return apiKeyEnv;
        }

        /** @param apiKeyEnv name of the environment variable holding the collector API key (never the key itself). */
        public void setApiKeyEnv(String apiKeyEnv) {
            this.apiKeyEnv = apiKeyEnv;
        }

        /** @return path of a file holding the collector API key, e.g. a mounted Kubernetes secret. */
        public String getApiKeyFile() {
            return apiKeyFile;
        }

        /** @param apiKeyFile path of a file holding the collector API key, e.g. a mounted Kubernetes secret. */
        public void setApiKeyFile(String apiKeyFile) {
            this.apiKeyFile = apiKeyFile;
        }

        /** @return hTTP header carrying the credential. */
        public String getAuthHeaderName() {
            return authHeaderName;
        }

        /** @param authHeaderName hTTP header carrying the credential. */
        public void setAuthHeaderName(String authHeaderName) {
            this.authHeaderName = authHeaderName;
        }

        /** @return credential header value, with {key} where the API key goes, e.g. 'Splunk {key}'. */
        public String getAuthValueFormat() {
            return authValueFormat;
        }

        /** @param authValueFormat credential header value, with {key} where the API key goes, e.g. 'Splunk {key}'. */
        public void setAuthValueFormat(String authValueFormat) {
            this.authValueFormat = authValueFormat;
        }

        /** @return extra HTTP headers sent with every request (values must not contain commas). */
        public java.util.Map<String, String> getHeaders() {
            return headers;
        }

        /** @param headers extra HTTP headers sent with every request (values must not contain commas). */
        public void setHeaders(java.util.Map<String, String> headers) {
            this.headers = headers;
        }

        /** @return content-Type of the NDJSON request body. */
        public String getContentType() {
            return contentType;
        }

        /** @param contentType content-Type of the NDJSON request body. */
        public void setContentType(String contentType) {
            this.contentType = contentType;
        }

        /** @return whether request bodies are gzip-compressed. */
        public Boolean getGzip() {
            return gzip;
        }

        /** @param gzip whether request bodies are gzip-compressed. */
        public void setGzip(Boolean gzip) {
            this.gzip = gzip;
        }

        /** @return tCP and TLS connect timeout (https and syslog). */
        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        /** @param connectTimeout tCP and TLS connect timeout (https and syslog). */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /** @return time allowed for the collector's answer (https). */
        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        /** @param requestTimeout time allowed for the collector's answer (https). */
        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        /** @return allow plain http:// to a loopback host only (a sidecar collector). */
        public Boolean getAllowInsecureLoopback() {
            return allowInsecureLoopback;
        }

        /** @param allowInsecureLoopback allow plain http:// to a loopback host only (a sidecar collector). */
        public void setAllowInsecureLoopback(Boolean allowInsecureLoopback) {
            this.allowInsecureLoopback = allowInsecureLoopback;
        }

        /** @return nDJSON file for destination file. */
        public String getFile() {
            return file;
        }

        /** @param file nDJSON file for destination file. */
        public void setFile(String file) {
            this.file = file;
        }

        /** @return roll the NDJSON file before it grows past this size. */
        public DataSize getMaxFileSize() {
            return maxFileSize;
        }

        /** @param maxFileSize roll the NDJSON file before it grows past this size. */
        public void setMaxFileSize(DataSize maxFileSize) {
            this.maxFileSize = maxFileSize;
        }

        /** @return rolled NDJSON files kept (file.1 is the newest). */
        public Integer getMaxRolledFiles() {
            return maxRolledFiles;
        }

        /** @param maxRolledFiles rolled NDJSON files kept (file.1 is the newest). */
        public void setMaxRolledFiles(Integer maxRolledFiles) {
            this.maxRolledFiles = maxRolledFiles;
        }

        /** @return syslog settings. */
        public Syslog getSyslog() {
            return syslog;
        }

        /** @return tLS trust and client certificate for https and syslog. */
        public Tls getTls() {
            return tls;
        }
    }

    /** Destination syslog: RFC 5424 over TLS (RFC 5425). */
    public static class Syslog {
        /** Syslog receiver host (also the name its certificate must match); required for destination syslog. */
        private String host;

        /** Syslog receiver port. */
        private Integer port;

        /** Whether syslog uses TLS; false sends plain TCP (trusted local segment only). */
        private Boolean tls;

        /** Facility, 0-23 or a name (authpriv, audit, local0 ...). */
        private String facility;

        /** IANA private enterprise number in the ocsf@PEN SD-ID. */
        private Long enterpriseNumber;

        /** APP-NAME when an event has no service name. */
        private String appName;

        /** Longest time to write one batch. */
        private Duration writeTimeout;

        /** @return syslog receiver host (also the name its certificate must match); required for destination syslog. */
        public String getHost() {
            return host;
        }

        /** @param host syslog receiver host (also the name its certificate must match); required for destination syslog. */
        public void setHost(String host) {
            this.host = host;
        }

        /** @return syslog receiver port. */
        public Integer getPort() {
            return port;
        }

        /** @param port syslog receiver port. */
        public void setPort(Integer port) {
            this.port = port;
        }

        /** @return whether syslog uses TLS; false sends plain TCP (trusted local segment only). */
        public Boolean getTls() {
            return tls;
        }

        /** @param tls whether syslog uses TLS; false sends plain TCP (trusted local segment only). */
        public void setTls(Boolean tls) {
            this.tls = tls;
        }

        /** @return facility, 0-23 or a name (authpriv, audit, local0 ...). */
        public String getFacility() {
            return facility;
        }

        /** @param facility facility, 0-23 or a name (authpriv, audit, local0 ...). */
        public void setFacility(String facility) {
            this.facility = facility;
        }

        /** @return iANA private enterprise number in the ocsf@PEN SD-ID. */
        public Long getEnterpriseNumber() {
            return enterpriseNumber;
        }

        /** @param enterpriseNumber iANA private enterprise number in the ocsf@PEN SD-ID. */
        public void setEnterpriseNumber(Long enterpriseNumber) {
            this.enterpriseNumber = enterpriseNumber;
        }

        /** @return aPP-NAME when an event has no service name. */
        public String getAppName() {
            return appName;
        }

        /** @param appName aPP-NAME when an event has no service name. */
        public void setAppName(String appName) {
            this.appName = appName;
        }

        /** @return longest time to write one batch. */
        public Duration getWriteTimeout() {
            return writeTimeout;
        }

        /** @param writeTimeout longest time to write one batch. */
        public void setWriteTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
        }
    }

    /** TLS settings shared by https and syslog; passwords only from an environment variable or a file. */
    public static class Tls {
        /** Trust store (PKCS12 or JKS) with the CAs to trust instead of the JVM's. */
        private String trustStore;

        /** Trust store type: PKCS12 or JKS. */
        private String trustStoreType;

        /** Environment variable holding the trust store password. */
        private String trustStorePasswordEnv;

        /** File holding the trust store password. */
        private String trustStorePasswordFile;

        /** Key store with the client certificate and key, for mutual TLS. */
        private String keyStore;

        /** Key store type: PKCS12 or JKS. */
        private String keyStoreType;

        /** Environment variable holding the key store password. */
        private String keyStorePasswordEnv;

        /** File holding the key store password. */
        private String keyStorePasswordFile;

        /** @return trust store (PKCS12 or JKS) with the CAs to trust instead of the JVM's. */
        public String getTrustStore() {
            return trustStore;
        }

        /** @param trustStore trust store (PKCS12 or JKS) with the CAs to trust instead of the JVM's. */
        public void setTrustStore(String trustStore) {
            this.trustStore = trustStore;
        }

        /** @return trust store type: PKCS12 or JKS. */
        public String getTrustStoreType() {
            return trustStoreType;
        }

        /** @param trustStoreType trust store type: PKCS12 or JKS. */
        public void setTrustStoreType(String trustStoreType) {
            this.trustStoreType = trustStoreType;
        }

        /** @return environment variable holding the trust store password. */
        public String getTrustStorePasswordEnv() {
            return trustStorePasswordEnv;
        }

        /** @param trustStorePasswordEnv environment variable holding the trust store password. */
        public void setTrustStorePasswordEnv(String trustStorePasswordEnv) {
            this.trustStorePasswordEnv = trustStorePasswordEnv;
        }

        /** @return file holding the trust store password. */
        public String getTrustStorePasswordFile() {
            return trustStorePasswordFile;
        }

        /** @param trustStorePasswordFile file holding the trust store password. */
        public void setTrustStorePasswordFile(String trustStorePasswordFile) {
            this.trustStorePasswordFile = trustStorePasswordFile;
        }

        /** @return key store with the client certificate and key, for mutual TLS. */
        public String getKeyStore() {
            return keyStore;
        }

        /** @param keyStore key store with the client certificate and key, for mutual TLS. */
        public void setKeyStore(String keyStore) {
            this.keyStore = keyStore;
        }

        /** @return key store type: PKCS12 or JKS. */
        public String getKeyStoreType() {
            return keyStoreType;
        }

        /** @param keyStoreType key store type: PKCS12 or JKS. */
        public void setKeyStoreType(String keyStoreType) {
            this.keyStoreType = keyStoreType;
        }

        /** @return environment variable holding the key store password. */
        public String getKeyStorePasswordEnv() {
            return keyStorePasswordEnv;
        }

        /** @param keyStorePasswordEnv environment variable holding the key store password. */
        public void setKeyStorePasswordEnv(String keyStorePasswordEnv) {
            this.keyStorePasswordEnv = keyStorePasswordEnv;
        }

        /** @return file holding the key store password. */
        public String getKeyStorePasswordFile() {
            return keyStorePasswordFile;
        }

        /** @param keyStorePasswordFile file holding the key store password. */
        public void setKeyStorePasswordFile(String keyStorePasswordFile) {
            this.keyStorePasswordFile = keyStorePasswordFile;
        }
    }

    /** The delivery pipeline between the application threads and the destination: queue, batching, retry. */
    public static class Pipeline {
        /** Bound on the memory held by events not yet delivered. */
        private DataSize maxQueueBytes;

        /** Largest number of events per batch. */
        private Integer maxBatchEvents;

        /** Largest NDJSON batch before compression. */
        private DataSize maxBatchBytes;

        /** Most batches sent and not yet answered at once (HTTPS without a spool directory; others send one at a time). */
        private Integer maxInFlightBatches;

        /** Longest time the first event of a batch waits for more. */
        private Duration linger;

        /** What happens when the queue is full: DROP_NEWEST (default; SPOOL when a spool directory is set), DROP_OLDEST, BLOCK or SPOOL. */
        private OverflowPolicy overflowPolicy;

        /** Longest an application thread waits for room under BLOCK. */
        private Duration blockTimeout;

        /** How long stopping drains the queue before counting the rest as dropped. */
        private Duration shutdownTimeout;

        /** First retry delay after a transient failure. */
        private Duration initialBackoff;

        /** Longest retry delay. */
        private Duration maxBackoff;

        /** Longest Retry-After honoured. */
        private Duration maxRetryAfter;

        /** Shortest interval between two local 'events not delivered' warnings. */
        private Duration dropReportInterval;

        /** @return bound on the memory held by events not yet delivered. */
        public DataSize getMaxQueueBytes() {
            return maxQueueBytes;
        }

        /** @param maxQueueBytes bound on the memory held by events not yet delivered. */
        public void setMaxQueueBytes(DataSize maxQueueBytes) {
            this.maxQueueBytes = maxQueueBytes;
        }

        /** @return largest number of events per batch. */
        public Integer getMaxBatchEvents() {
            return maxBatchEvents;
        }

        /** @param maxBatchEvents largest number of events per batch. */
        public void setMaxBatchEvents(Integer maxBatchEvents) {
            this.maxBatchEvents = maxBatchEvents;
        }

        /** @return largest NDJSON batch before compression. */
        public DataSize getMaxBatchBytes() {
            return maxBatchBytes;
        }

        /** @param maxBatchBytes largest NDJSON batch before compression. */
        public void setMaxBatchBytes(DataSize maxBatchBytes) {
            this.maxBatchBytes = maxBatchBytes;
        }

        /** @return most batches sent and not yet answered at once. */
        public Integer getMaxInFlightBatches() {
            return maxInFlightBatches;
        }

        /** @param maxInFlightBatches most batches sent and not yet answered at once. */
        public void setMaxInFlightBatches(Integer maxInFlightBatches) {
            this.maxInFlightBatches = maxInFlightBatches;
        }

        /** @return longest time the first event of a batch waits for more. */
        public Duration getLinger() {
            return linger;
        }

        /** @param linger longest time the first event of a batch waits for more. */
        public void setLinger(Duration linger) {
            this.linger = linger;
        }

        /** @return what happens when the queue is full: DROP_NEWEST (default; SPOOL when a spool directory is set), DROP_OLDEST, BLOCK or SPOOL. */
        public OverflowPolicy getOverflowPolicy() {
            return overflowPolicy;
        }

        /** @param overflowPolicy what happens when the queue is full: DROP_NEWEST (default; SPOOL when a spool directory is set), DROP_OLDEST, BLOCK or SPOOL. */
        public void setOverflowPolicy(OverflowPolicy overflowPolicy) {
            this.overflowPolicy = overflowPolicy;
        }

        /** @return longest an application thread waits for room under BLOCK. */
        public Duration getBlockTimeout() {
            return blockTimeout;
        }

        /** @param blockTimeout longest an application thread waits for room under BLOCK. */
        public void setBlockTimeout(Duration blockTimeout) {
            this.blockTimeout = blockTimeout;
        }

        /** @return how long stopping drains the queue before counting the rest as dropped. */
        public Duration getShutdownTimeout() {
            return shutdownTimeout;
        }

        /** @param shutdownTimeout how long stopping drains the queue before counting the rest as dropped. */
        public void setShutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
        }

        /** @return first retry delay after a transient failure. */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /** @param initialBackoff first retry delay after a transient failure. */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /** @return longest retry delay. */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** @param maxBackoff longest retry delay. */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /** @return longest Retry-After honoured. */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /** @param maxRetryAfter longest Retry-After honoured. */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        /** @return shortest interval between two local 'events not delivered' warnings. */
        public Duration getDropReportInterval() {
            return dropReportInterval;
        }

        /** @param dropReportInterval shortest interval between two local 'events not delivered' warnings. */
        public void setDropReportInterval(Duration dropReportInterval) {
            this.dropReportInterval = dropReportInterval;
        }
    }

    /** Optional disk spool: what the destination cannot take is written to disk and replayed in order. */
    public static class Spool {
        /** Spool directory; setting it enables the spool (the overflow policy then defaults to SPOOL). */
        private String directory;

        /** Bound on the spool's bytes on disk. */
        private DataSize maxBytes;

        /** Size of one spool segment file. */
        private DataSize maxSegmentBytes;

        /** What happens when the spool is full: DROP_OLDEST or REFUSE_NEWEST. */
        private SpoolFullPolicy fullPolicy;

        /** When spooled bytes are forced to disk: ALWAYS, INTERVAL or NEVER. */
        private FsyncPolicy fsync;

        /** fsync interval under INTERVAL. */
        private Duration fsyncInterval;

        /** Wait before writing to a failed spool again. */
        private Duration writeRetryInterval;

        /** @return spool directory; setting it enables the spool (the overflow policy then defaults to SPOOL). */
        public String getDirectory() {
            return directory;
        }

        /** @param directory spool directory; setting it enables the spool (the overflow policy then defaults to SPOOL). */
        public void setDirectory(String directory) {
            this.directory = directory;
        }

        /** @return bound on the spool's bytes on disk. */
        public DataSize getMaxBytes() {
            return maxBytes;
        }

        /** @param maxBytes bound on the spool's bytes on disk. */
        public void setMaxBytes(DataSize maxBytes) {
            this.maxBytes = maxBytes;
        }

        /** @return size of one spool segment file. */
        public DataSize getMaxSegmentBytes() {
            return maxSegmentBytes;
        }

        /** @param maxSegmentBytes size of one spool segment file. */
        public void setMaxSegmentBytes(DataSize maxSegmentBytes) {
            this.maxSegmentBytes = maxSegmentBytes;
        }

        /** @return what happens when the spool is full: DROP_OLDEST or REFUSE_NEWEST. */
        public SpoolFullPolicy getFullPolicy() {
            return fullPolicy;
        }

        /** @param fullPolicy what happens when the spool is full: DROP_OLDEST or REFUSE_NEWEST. */
        public void setFullPolicy(SpoolFullPolicy fullPolicy) {
            this.fullPolicy = fullPolicy;
        }

        /** @return when spooled bytes are forced to disk: ALWAYS, INTERVAL or NEVER. */
        public FsyncPolicy getFsync() {
            return fsync;
        }

        /** @param fsync when spooled bytes are forced to disk: ALWAYS, INTERVAL or NEVER. */
        public void setFsync(FsyncPolicy fsync) {
            this.fsync = fsync;
        }

        /** @return fsync interval under INTERVAL. */
        public Duration getFsyncInterval() {
            return fsyncInterval;
        }

        /** @param fsyncInterval fsync interval under INTERVAL. */
        public void setFsyncInterval(Duration fsyncInterval) {
            this.fsyncInterval = fsyncInterval;
        }

        /** @return wait before writing to a failed spool again. */
        public Duration getWriteRetryInterval() {
            return writeRetryInterval;
        }

        /** @param writeRetryInterval wait before writing to a failed spool again. */
        public void setWriteRetryInterval(Duration writeRetryInterval) {
            this.writeRetryInterval = writeRetryInterval;
        }
    }

    /** The securityEvents health indicator. */
    public static class Health {
        /** How long delivery may fail before the indicator reports DOWN. */
        private Duration failingThreshold = DEFAULT_FAILING_THRESHOLD;

        /** @return how long delivery may fail before DOWN */
        public Duration getFailingThreshold() {
            return failingThreshold;
        }

        /** @param failingThreshold how long delivery may fail before DOWN */
        public void setFailingThreshold(Duration failingThreshold) {
            this.failingThreshold = failingThreshold;
        }
    }
}
