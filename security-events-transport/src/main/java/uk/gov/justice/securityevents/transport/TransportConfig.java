package uk.gov.justice.securityevents.transport;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import uk.gov.justice.securityevents.transport.internal.config.ConfigValues;

/**
 * The one framework-neutral configuration of a shipping output: which destination, its settings, TLS, the
 * pipeline's queue, batching, overflow and shutdown, and the optional disk spool. The Logback appender, the Log4j2 appender and the Spring Boot
 * starter copy their settings into it, so validation, defaults and messages exist once.
 *
 * <p>Every setter takes the text as written in {@code logback.xml}, {@code log4j2.xml} or {@code application.yml}; a
 * null or blank value means "not set" (so include files can pass {@code ${VAR:-}}). Nothing is parsed until
 * {@link #validate()} or {@link #build(StatusReporter, DeliveryListener)}, which fail with an
 * {@link IllegalArgumentException} whose message names the setting and says what to change, e.g.
 * {@code destination 'htps' is unknown: use stdout, file, https or syslog}.
 *
 * <ul>
 *   <li>Durations: {@code 500ms}, {@code 500 millis}, {@code 30s}, {@code 30 seconds}, {@code 2 minutes},
 *       {@code 1 hour}, {@code 1.5 seconds}, ISO-8601 {@code PT30S}, or a bare number of milliseconds.</li>
 *   <li>Sizes: a number of bytes, or with {@code KB}, {@code MB}, {@code GB} (binary: 1 KB = 1024 bytes).</li>
 *   <li>Booleans: {@code true} / {@code false}.</li>
 * </ul>
 *
 * <pre>{@code
 * TransportConfig config = new TransportConfig();
 * config.setDestination("https");
 * config.setUrl("https://api-tenant.xdr.example/logs/v1/event");
 * config.setApiKeyFile("/run/secrets/xsiam-api-key");
 * DeliveryPipeline pipeline = config.build(StatusReporter.stderr(), DeliveryListener.NO_OP);
 * }</pre>
 *
 * <p>Not thread-safe: configure on one thread, then build.
 */
public final class TransportConfig {

    /** Destination writing NDJSON to standard output: {@value}. The default. */
    public static final String STDOUT = "stdout";
    /** Destination appending NDJSON to a file rolled by size: {@value}. */
    public static final String FILE = "file";
    /** Destination posting NDJSON to an HTTPS log collector (Cortex XSIAM, Splunk HEC …): {@value}. */
    public static final String HTTPS = "https";
    /** Destination sending RFC 5424 syslog over TLS (RFC 5425): {@value}. */
    public static final String SYSLOG = "syslog";
    /** The destinations, in documentation order. */
    public static final List<String> DESTINATIONS = List.of(STDOUT, FILE, HTTPS, SYSLOG);
    /** Default destination: {@value}. */
    public static final String DEFAULT_DESTINATION = STDOUT;
    /** Default: syslog uses TLS ({@value}); {@code false} sends plain TCP. */
    public static final boolean DEFAULT_SYSLOG_TLS = true;

    private String destination;
    private String url;
    private String apiKeyEnv;
    private String apiKeyFile;
    private String authHeaderName;
    private String authValueFormat;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String contentType;
    private String gzip;
    private String connectTimeout;
    private String requestTimeout;
    private String allowInsecureLoopback;
    private String syslogHost;
    private String syslogPort;
    private String syslogTls;
    private String syslogFacility;
    private String syslogEnterpriseNumber;
    private String syslogAppName;
    private String syslogWriteTimeout;
    private String file;
    private String maxFileSize;
    private String maxRolledFiles;
    private String trustStore;
    private String trustStoreType;
    private String trustStorePasswordEnv;
    private String trustStorePasswordFile;
    private String keyStore;
    private String keyStoreType;
    private String keyStorePasswordEnv;
    private String keyStorePasswordFile;
    private String maxQueueBytes;
    private String maxBatchEvents;
    private String maxBatchBytes;
    private String maxInFlightBatches;
    private String linger;
    private String overflowPolicy;
    private String blockTimeout;
    private String shutdownTimeout;
    private String initialBackoff;
    private String maxBackoff;
    private String maxRetryAfter;
    private String dropReportInterval;
    private String spoolDirectory;
    private String spoolMaxBytes;
    private String spoolMaxSegmentBytes;
    private String spoolFullPolicy;
    private String spoolFsync;
    private String spoolFsyncInterval;
    private String spoolWriteRetryInterval;
    private UnaryOperator<String> environment = System::getenv;

    /** A configuration with every default: NDJSON on standard output. */
    public TransportConfig() {
    }

    // ---------------------------------------------------------------- building

    /**
     * Checks every setting without touching the network or starting threads (secret files and stores are checked for
     * readability; environment variables for presence).
     *
     * @return warnings about settings that are set but ignored by the chosen destination (empty when none)
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public List<String> validate() {
        String dest = destinationName();
        pipelineSettings();
        switch (dest) {
            case HTTPS:
                checkHttps();
                break;
            case SYSLOG:
                checkSyslog();
                break;
            case FILE:
                requiredPath("file", file, dest);
                positiveSize("maxFileSize", maxFileSize);
                integerAtLeast("maxRolledFiles", maxRolledFiles, 0);
                break;
            default:
                break;
        }
        return ignoredSettings(dest);
    }

    /**
     * Validates, then builds the destination and a pipeline that is ready to {@link DeliveryPipeline#start()}.
     *
     * @param status   local channel for delivery health (the logging framework's status manager)
     * @param listener delivery observer, e.g. metrics
     * @return the pipeline, not started
     * @throws IllegalArgumentException naming the first invalid setting
     * @throws IllegalStateException when {@code spoolDirectory} is locked by another pipeline or process
     */
    public DeliveryPipeline build(StatusReporter status, DeliveryListener listener) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(listener, "listener");
        validate();
        PipelineSettings settings = pipelineSettings();
        Destination d = buildDestination();
        try {
            return DeliveryPipeline.builder(d).settings(settings).statusReporter(status).listener(listener).build();
        } catch (RuntimeException e) {
            d.close(); // e.g. the spool directory is locked by another pipeline: release the destination's threads
            throw e;
        }
    }

    /**
     * Same as {@code build(status, DeliveryListener.NO_OP)}.
     *
     * @param status local channel for delivery health
     * @return the pipeline, not started
     */
    public DeliveryPipeline build(StatusReporter status) {
        return build(status, DeliveryListener.NO_OP);
    }

    /**
     * @return the pipeline settings these values give
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public PipelineSettings pipelineSettings() {
        PipelineSettings.Builder b = PipelineSettings.builder();
        Long size = ConfigValues.size("maxQueueBytes", maxQueueBytes);
        if (size != null) {
            b.maxQueueBytes(size);
        }
        Integer count = ConfigValues.integer("maxBatchEvents", maxBatchEvents);
        if (count != null) {
            b.maxBatchEvents(count);
        }
        size = ConfigValues.size("maxBatchBytes", maxBatchBytes);
        if (size != null) {
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxBatchBytes '" + maxBatchBytes + "' is too large: at most 2GB");
            }
            b.maxBatchBytes(size.intValue());
        }
        if ((count = ConfigValues.integer("maxInFlightBatches", maxInFlightBatches)) != null) {
            b.maxInFlightBatches(count);
        }
        Duration d = ConfigValues.duration("linger", linger);
        if (d != null) {
            b.linger(d);
        }
        OverflowPolicy policy = overflowPolicyValue();
        if (policy != null) {
            b.overflowPolicy(policy);
        }
        if ((d = ConfigValues.duration("blockTimeout", blockTimeout)) != null) {
            b.blockTimeout(d);
        }
        if ((d = ConfigValues.duration("shutdownTimeout", shutdownTimeout)) != null) {
            b.shutdownTimeout(d);
        }
        if ((d = ConfigValues.duration("initialBackoff", initialBackoff)) != null) {
            b.initialBackoff(d);
        }
        if ((d = ConfigValues.duration("maxBackoff", maxBackoff)) != null) {
            b.maxBackoff(d);
        }
        if ((d = ConfigValues.duration("maxRetryAfter", maxRetryAfter)) != null) {
            b.maxRetryAfter(d);
        }
        if ((d = ConfigValues.duration("dropReportInterval", dropReportInterval)) != null) {
            b.dropReportInterval(d);
        }
        DiskSpool spool = diskSpool();
        if (policy == OverflowPolicy.SPOOL && spool == null) {
            throw new IllegalArgumentException("overflowPolicy SPOOL needs spoolDirectory: set it, or choose "
                    + "DROP_NEWEST, DROP_OLDEST or BLOCK");
        }
        if (spool != null) {
            b.spool(spool);
        }
        return b.build();
    }

    /**
     * @return the disk spool these values give, or null when {@code spoolDirectory} is not set
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public DiskSpool diskSpool() {
        String dir = ConfigValues.text(spoolDirectory);
        if (dir == null) {
            return null;
        }
        Path path = pathOf("spoolDirectory", dir);
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalArgumentException("spoolDirectory " + path + " is a file: name a directory");
        }
        DiskSpool.Builder b = DiskSpool.builder(path);
        Long size = ConfigValues.size("spoolMaxBytes", spoolMaxBytes);
        if (size != null) {
            b.maxBytes(size);
        }
        if ((size = ConfigValues.size("spoolMaxSegmentBytes", spoolMaxSegmentBytes)) != null) {
            b.maxSegmentBytes(size);
        }
        String full = ConfigValues.text(spoolFullPolicy);
        if (full != null) {
            b.fullPolicy(enumValue("spoolFullPolicy", full, SpoolFullPolicy.class));
        }
        String fsync = ConfigValues.text(spoolFsync);
        if (fsync != null) {
            b.fsyncPolicy(enumValue("spoolFsync", fsync, FsyncPolicy.class));
        }
        Duration d;
        if ((d = ConfigValues.duration("spoolFsyncInterval", spoolFsyncInterval)) != null) {
            b.fsyncInterval(d);
        }
        if ((d = ConfigValues.duration("spoolWriteRetryInterval", spoolWriteRetryInterval)) != null) {
            b.writeRetryInterval(d);
        }
        return b.build();
    }

    private static <E extends Enum<E>> E enumValue(String setting, String value, Class<E> type) {
        String normal = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(normal)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(setting + " '" + value + "' is unknown: use "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** @return the drain deadline the adapters pass to {@link DeliveryPipeline#stop(Duration)} */
    public Duration shutdownTimeoutValue() {
        Duration d = ConfigValues.duration("shutdownTimeout", shutdownTimeout);
        return d != null ? d : PipelineSettings.DEFAULT_SHUTDOWN_TIMEOUT;
    }

    /**
     * Parses a duration as every setting here does, for adapters with time settings of their own.
     *
     * @param setting the setting's name, for the message
     * @param value   e.g. {@code 500ms}, {@code 30 seconds}, {@code PT30S}; blank for none
     * @return the duration, or null when blank
     * @throws IllegalArgumentException naming the setting
     */
    public static Duration parseDuration(String setting, String value) {
        return ConfigValues.duration(setting, value);
    }

    /** @return the chosen destination's name, lower case ({@value #DEFAULT_DESTINATION} when not set) */
    public String destinationName() {
        String d = ConfigValues.text(destination);
        if (d == null) {
            return DEFAULT_DESTINATION;
        }
        String lower = d.toLowerCase(Locale.ROOT);
        if (!DESTINATIONS.contains(lower)) {
            throw new IllegalArgumentException("destination '" + d + "' is unknown: use stdout, file, https or syslog");
        }
        return lower;
    }

    private OverflowPolicy overflowPolicyValue() {
        String p = ConfigValues.text(overflowPolicy);
        return p == null ? null : enumValue("overflowPolicy", p, OverflowPolicy.class);
    }

    private Destination buildDestination() {
        switch (destinationName()) {
            case HTTPS:
                return buildHttps();
            case SYSLOG:
                return buildSyslog();
            case FILE:
                return buildFile();
            default:
                return StdoutDestination.create();
        }
    }

    private Destination buildFile() {
        NdjsonFileDestination.Builder b = NdjsonFileDestination.builder(Path.of(ConfigValues.text(file)));
        Long size = ConfigValues.size("maxFileSize", maxFileSize);
        if (size != null) {
            b.maxFileSize(size);
        }
        Integer rolled = ConfigValues.integer("maxRolledFiles", maxRolledFiles);
        if (rolled != null) {
            b.maxRolledFiles(rolled);
        }
        return b.build();
    }

    private Destination buildHttps() {
        HttpCollectorDestination.Builder b = HttpCollectorDestination.builder(uri()).environment(environment);
        SecretSource key = secret("apiKeyEnv", apiKeyEnv, "apiKeyFile", apiKeyFile);
        if (key != null) {
            b.apiKey(key);
        }
        String s;
        if ((s = ConfigValues.text(authHeaderName)) != null) {
            b.authHeaderName(s);
        }
        if ((s = ConfigValues.text(authValueFormat)) != null) {
            b.authValueFormat(s);
        }
        headers.forEach(b::header);
        if ((s = ConfigValues.text(contentType)) != null) {
            b.contentType(s);
        }
        Boolean flag = ConfigValues.flag("gzip", gzip);
        if (flag != null) {
            b.gzip(flag);
        }
        Duration d;
        if ((d = ConfigValues.duration("connectTimeout", connectTimeout)) != null) {
            b.connectTimeout(d);
        }
        if ((d = ConfigValues.duration("requestTimeout", requestTimeout)) != null) {
            b.requestTimeout(d);
        }
        if (Boolean.TRUE.equals(ConfigValues.flag("allowInsecureLoopback", allowInsecureLoopback))) {
            b.allowInsecureLoopback(true);
        }
        b.tls(tls());
        return b.build();
    }

    private Destination buildSyslog() {
        SyslogDestination.Builder b = SyslogDestination.builder(ConfigValues.text(syslogHost)).environment(environment);
        Integer i;
        if ((i = ConfigValues.integer("syslogPort", syslogPort)) != null) {
            b.port(i);
        }
        if (Boolean.FALSE.equals(ConfigValues.flag("syslogTls", syslogTls))) {
            b.plainTcp(true);
        } else {
            b.tls(tls());
        }
        if ((i = ConfigValues.facility("syslogFacility", syslogFacility)) != null) {
            b.facility(i);
        }
        Long pen = longValue("syslogEnterpriseNumber", syslogEnterpriseNumber);
        if (pen != null) {
            b.enterpriseNumber(pen);
        }
        String s = ConfigValues.text(syslogAppName);
        if (s != null) {
            b.appName(s);
        }
        Duration d;
        if ((d = ConfigValues.duration("connectTimeout", connectTimeout)) != null) {
            b.connectTimeout(d);
        }
        if ((d = ConfigValues.duration("syslogWriteTimeout", syslogWriteTimeout)) != null) {
            b.writeTimeout(d);
        }
        return b.build();
    }

    // ---------------------------------------------------------------- checks

    private void checkHttps() {
        URI uri = uri();
        SecretSource key = secret("apiKeyEnv", apiKeyEnv, "apiKeyFile", apiKeyFile);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            boolean loopback = isLoopback(uri.getHost());
            boolean allowed = loopback && Boolean.TRUE.equals(ConfigValues.flag("allowInsecureLoopback",
                    allowInsecureLoopback));
            if (!allowed) {
                String shown = "http://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
                if (key != null) {
                    throw new IllegalArgumentException("url " + shown + " uses credentials over plain HTTP: use https://"
                            + (loopback ? " (or allowInsecureLoopback=true for a collector on this machine)" : ""));
                }
                throw new IllegalArgumentException("url " + shown + " is plain HTTP: use https://"
                        + (loopback ? " (or allowInsecureLoopback=true for a collector on this machine)" : ""));
            }
        }
        if (key == null && ConfigValues.text(keyStore) == null) {
            throw new IllegalArgumentException("apiKeyEnv or apiKeyFile is required for destination https"
                    + " (or keyStore for a collector that authenticates by client certificate)");
        }
        if (key != null) {
            checkSecret(key, key.kind() == SecretSource.Kind.ENVIRONMENT ? "apiKeyEnv" : "apiKeyFile");
        }
        if (ConfigValues.text(authValueFormat) != null && !ConfigValues.text(authValueFormat).contains("{key}")) {
            throw new IllegalArgumentException("authValueFormat '" + ConfigValues.text(authValueFormat)
                    + "' must contain {key} where the API key goes, e.g. 'Splunk {key}'");
        }
        ConfigValues.flag("gzip", gzip);
        positiveDuration("connectTimeout", connectTimeout);
        positiveDuration("requestTimeout", requestTimeout);
        checkTls();
    }

    private void checkSyslog() {
        if (ConfigValues.text(syslogHost) == null) {
            throw new IllegalArgumentException("syslogHost is required for destination syslog");
        }
        Integer port = ConfigValues.integer("syslogPort", syslogPort);
        if (port != null && (port < 1 || port > 65535)) {
            throw new IllegalArgumentException("syslogPort must be 1-65535 but was " + port);
        }
        Integer facility = ConfigValues.facility("syslogFacility", syslogFacility);
        if (facility != null && (facility < 0 || facility > 23)) {
            throw new IllegalArgumentException("syslogFacility must be 0-23 but was " + facility);
        }
        Long pen = longValue("syslogEnterpriseNumber", syslogEnterpriseNumber);
        if (pen != null && pen < 1) {
            throw new IllegalArgumentException("syslogEnterpriseNumber must be > 0 but was " + pen);
        }
        positiveDuration("connectTimeout", connectTimeout);
        positiveDuration("syslogWriteTimeout", syslogWriteTimeout);
        boolean tlsOn = !Boolean.FALSE.equals(ConfigValues.flag("syslogTls", syslogTls));
        if (tlsOn) {
            checkTls();
        } else if (ConfigValues.text(trustStore) != null || ConfigValues.text(keyStore) != null) {
            throw new IllegalArgumentException("trustStore/keyStore are set but syslogTls is false; remove one");
        }
    }

    private void checkTls() {
        if (ConfigValues.text(trustStore) != null) {
            readablePath("trustStore", trustStore);
            SecretSource pw = secret("trustStorePasswordEnv", trustStorePasswordEnv, "trustStorePasswordFile",
                    trustStorePasswordFile);
            if (pw != null) {
                checkSecret(pw, pw.kind() == SecretSource.Kind.ENVIRONMENT ? "trustStorePasswordEnv"
                        : "trustStorePasswordFile");
            }
        } else if (ConfigValues.text(trustStorePasswordEnv) != null || ConfigValues.text(trustStorePasswordFile) != null) {
            throw new IllegalArgumentException("trustStorePasswordEnv/trustStorePasswordFile are set but trustStore"
                    + " is not");
        }
        if (ConfigValues.text(keyStore) != null) {
            readablePath("keyStore", keyStore);
            SecretSource pw = secret("keyStorePasswordEnv", keyStorePasswordEnv, "keyStorePasswordFile",
                    keyStorePasswordFile);
            if (pw == null) {
                throw new IllegalArgumentException("keyStorePasswordEnv or keyStorePasswordFile is required with"
                        + " keyStore");
            }
            checkSecret(pw, pw.kind() == SecretSource.Kind.ENVIRONMENT ? "keyStorePasswordEnv"
                    : "keyStorePasswordFile");
        }
    }

    private TlsSettings tls() {
        if (ConfigValues.text(trustStore) == null && ConfigValues.text(keyStore) == null) {
            return TlsSettings.platformDefault();
        }
        TlsSettings.Builder b = TlsSettings.builder();
        if (ConfigValues.text(trustStore) != null) {
            b.trustStore(Path.of(ConfigValues.text(trustStore)), storeType(trustStoreType),
                    secret("trustStorePasswordEnv", trustStorePasswordEnv, "trustStorePasswordFile",
                            trustStorePasswordFile));
        }
        if (ConfigValues.text(keyStore) != null) {
            b.keyStore(Path.of(ConfigValues.text(keyStore)), storeType(keyStoreType),
                    secret("keyStorePasswordEnv", keyStorePasswordEnv, "keyStorePasswordFile", keyStorePasswordFile));
        }
        return b.build();
    }

    private static String storeType(String type) {
        String t = ConfigValues.text(type);
        return t == null ? TlsSettings.DEFAULT_STORE_TYPE : t.toUpperCase(Locale.ROOT);
    }

    private URI uri() {
        String u = ConfigValues.text(url);
        if (u == null) {
            throw new IllegalArgumentException("url is required for destination https");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL (" + e.getReason() + "): use e.g."
                    + " https://api-tenant.xdr.example/logs/v1/event");
        }
        if (uri.getRawUserInfo() != null) {
            // The URL is not repeated: it holds a credential.
            throw new IllegalArgumentException("url carries credentials (user:password@): remove them and use"
                    + " apiKeyEnv or apiKeyFile");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("url " + u + " must be an absolute https:// URL with a host");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    private SecretSource secret(String envSetting, String env, String fileSetting, String path) {
        String e = ConfigValues.text(env);
        String f = ConfigValues.text(path);
        if (e != null && f != null) {
            throw new IllegalArgumentException("set only one of " + envSetting + " and " + fileSetting);
        }
        if (e != null) {
            return SecretSource.fromEnvironment(e);
        }
        if (f != null) {
            return SecretSource.fromFile(pathOf(fileSetting, f));
        }
        return null;
    }

    private void checkSecret(SecretSource source, String setting) {
        if (source.kind() == SecretSource.Kind.ENVIRONMENT) {
            String value = environment.apply(source.reference());
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(setting + " " + source.reference()
                        + (value == null ? " is not set in the environment" : " is empty"));
            }
            return;
        }
        Path p = readablePath(setting, source.reference());
        try {
            if (Files.size(p) == 0) {
                throw new IllegalArgumentException(setting + " " + p + " is empty");
            }
        } catch (IOException ex) {
            throw new IllegalArgumentException(setting + " " + p + " cannot be read (" + ex.getClass().getSimpleName()
                    + ")");
        }
    }

    private static Path readablePath(String setting, String value) {
        Path p = pathOf(setting, ConfigValues.text(value));
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new IllegalArgumentException(setting + " " + p + " cannot be read"
                    + (Files.exists(p) ? (Files.isDirectory(p) ? ": it is a directory" : ": permission denied")
                    : ": no such file"));
        }
        return p;
    }

    private static Path pathOf(String setting, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(setting + " '" + value + "' is not a valid path");
        }
    }

    private static void requiredPath(String setting, String value, String dest) {
        String v = ConfigValues.text(value);
        if (v == null) {
            throw new IllegalArgumentException(setting + " is required for destination " + dest);
        }
        Path p = pathOf(setting, v);
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException(setting + " " + p + " is a directory: name the NDJSON file");
        }
    }

    private static void positiveDuration(String setting, String value) {
        Duration d = ConfigValues.duration(setting, value);
        if (d != null && (d.isZero() || d.isNegative())) {
            throw new IllegalArgumentException(setting + " must be > 0 but was '" + value.trim() + "'");
        }
    }

    private static void positiveSize(String setting, String value) {
        Long s = ConfigValues.size(setting, value);
        if (s != null && s <= 0) {
            throw new IllegalArgumentException(setting + " must be > 0 but was '" + value.trim() + "'");
        }
    }

    private static void integerAtLeast(String setting, String value, int min) {
        Integer i = ConfigValues.integer(setting, value);
        if (i != null && i < min) {
            throw new IllegalArgumentException(setting + " must be >= " + min + " but was " + i);
        }
    }

    private static Long longValue(String setting, String value) {
        String t = ConfigValues.text(value);
        if (t == null) {
            return null;
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + " '" + t + "' is not a whole number");
        }
    }

    private List<String> ignoredSettings(String dest) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> https = new LinkedHashMap<>();
        https.put("url", url);
        https.put("apiKeyEnv", apiKeyEnv);
        https.put("apiKeyFile", apiKeyFile);
        https.put("authHeaderName", authHeaderName);
        https.put("authValueFormat", authValueFormat);
        https.put("headers", headers.isEmpty() ? null : "set");
        https.put("contentType", contentType);
        https.put("gzip", gzip);
        https.put("requestTimeout", requestTimeout);
        https.put("maxInFlightBatches", maxInFlightBatches); // the other destinations send one batch at a time
        Map<String, String> syslog = new LinkedHashMap<>();
        syslog.put("syslogHost", syslogHost);
        syslog.put("syslogPort", syslogPort);
        syslog.put("syslogTls", syslogTls);
        syslog.put("syslogFacility", syslogFacility);
        syslog.put("syslogEnterpriseNumber", syslogEnterpriseNumber);
        syslog.put("syslogAppName", syslogAppName);
        syslog.put("syslogWriteTimeout", syslogWriteTimeout);
        Map<String, String> fileSettings = new LinkedHashMap<>();
        fileSettings.put("file", file);
        fileSettings.put("maxFileSize", maxFileSize);
        fileSettings.put("maxRolledFiles", maxRolledFiles);
        Map<String, String> network = new LinkedHashMap<>();
        network.put("connectTimeout", connectTimeout);
        network.put("trustStore", trustStore);
        network.put("keyStore", keyStore);
        if (!dest.equals(HTTPS)) {
            ignored(https, dest, warnings);
        }
        if (!dest.equals(SYSLOG)) {
            ignored(syslog, dest, warnings);
        }
        if (!dest.equals(FILE)) {
            ignored(fileSettings, dest, warnings);
        }
        if (!dest.equals(HTTPS) && !dest.equals(SYSLOG)) {
            ignored(network, dest, warnings);
        }
        if (ConfigValues.text(spoolDirectory) != null && dest.equals(HTTPS)
                && ConfigValues.text(maxInFlightBatches) != null) {
            warnings.add("maxInFlightBatches is ignored with spoolDirectory (batches are sent one at a time)");
        }
        if (ConfigValues.text(spoolDirectory) == null) {
            Map<String, String> spool = new LinkedHashMap<>();
            spool.put("spoolMaxBytes", spoolMaxBytes);
            spool.put("spoolMaxSegmentBytes", spoolMaxSegmentBytes);
            spool.put("spoolFullPolicy", spoolFullPolicy);
            spool.put("spoolFsync", spoolFsync);
            spool.put("spoolFsyncInterval", spoolFsyncInterval);
            spool.put("spoolWriteRetryInterval", spoolWriteRetryInterval);
            spool.forEach((name, value) -> {
                if (ConfigValues.text(value) != null) {
                    warnings.add(name + " is ignored without spoolDirectory");
                }
            });
        }
        return Collections.unmodifiableList(warnings);
    }

    private static void ignored(Map<String, String> settings, String dest, List<String> warnings) {
        settings.forEach((name, value) -> {
            if (ConfigValues.text(value) != null) {
                warnings.add(name + " is ignored for destination " + dest);
            }
        });
    }

    /** For tests: replaces the environment used to read {@code *Env} secrets. */
    void environment(UnaryOperator<String> env) {
        this.environment = Objects.requireNonNull(env, "env");
    }

    @Override
    public String toString() {
        return "TransportConfig[destination=" + (destination == null ? DEFAULT_DESTINATION : destination)
                + (url != null ? ", url=" + (url.contains("@") ? "(hidden: carries user-info)" : url) : "")
                + (syslogHost != null ? ", syslogHost=" + syslogHost + ":" + syslogPort : "")
                + (file != null ? ", file=" + file : "") + "]";
    }

    // ---------------------------------------------------------------- setters and getters

    /** @param v {@code stdout} (default), {@code file}, {@code https} or {@code syslog} */
    public void setDestination(String v) {
        destination = v;
    }

    /** @return the destination setting as written */
    public String getDestination() {
        return destination;
    }

    /** @param v collector URL for {@code https}, e.g. {@code https://api-tenant.xdr.example/logs/v1/event} */
    public void setUrl(String v) {
        url = v;
    }

    /** @return the URL setting */
    public String getUrl() {
        return url;
    }

    /** @param v name of the environment variable holding the collector API key */
    public void setApiKeyEnv(String v) {
        apiKeyEnv = v;
    }

    /** @return the API key variable name */
    public String getApiKeyEnv() {
        return apiKeyEnv;
    }

    /** @param v path of a file holding the collector API key (e.g. a mounted Kubernetes secret) */
    public void setApiKeyFile(String v) {
        apiKeyFile = v;
    }

    /** @return the API key file path */
    public String getApiKeyFile() {
        return apiKeyFile;
    }

    /** @param v credential header name; default {@value HttpCollectorDestination#DEFAULT_AUTH_HEADER_NAME} */
    public void setAuthHeaderName(String v) {
        authHeaderName = v;
    }

    /** @return the credential header name setting */
    public String getAuthHeaderName() {
        return authHeaderName;
    }

    /** @param v credential value with {@code {key}} for the key; default {@code {key}}, e.g. {@code Splunk {key}} */
    public void setAuthValueFormat(String v) {
        authValueFormat = v;
    }

    /** @return the credential value format setting */
    public String getAuthValueFormat() {
        return authValueFormat;
    }

    /**
     * Extra HTTP headers as comma-separated {@code Name=value} (or {@code Name: value}) pairs, e.g.
     * {@code X-Team=hmpps, X-Env=prod}. Values cannot contain commas; use {@link #addHeader(String, String)} for such.
     *
     * @param v the pairs
     */
    public void setHeaders(String v) {
        String t = ConfigValues.text(v);
        if (t == null) {
            return;
        }
        for (String pair : t.split(",")) {
            if (!pair.isBlank()) {
                addHeaderLine(pair);
            }
        }
    }

    /**
     * One extra HTTP header written as {@code Name: value} or {@code Name=value}.
     *
     * @param line the header
     */
    public void addHeaderLine(String line) {
        String t = ConfigValues.text(line);
        if (t == null) {
            return;
        }
        int colon = t.indexOf(':');
        int equals = t.indexOf('=');
        int at = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
        if (at <= 0) {
            throw new IllegalArgumentException("header '" + t + "' must be written Name: value");
        }
        addHeader(t.substring(0, at).trim(), t.substring(at + 1).trim());
    }

    /**
     * @param name  header name
     * @param value header value
     */
    public void addHeader(String name, String value) {
        headers.put(Objects.requireNonNull(name, "header name").trim(), Objects.requireNonNull(value, "header value"));
    }

    /** @return the extra headers, in order */
    public Map<String, String> getHeaders() {
        return Collections.unmodifiableMap(headers);
    }

    /** @param v {@code Content-Type}; default {@value HttpCollectorDestination#DEFAULT_CONTENT_TYPE} */
    public void setContentType(String v) {
        contentType = v;
    }

    /** @return the content type setting */
    public String getContentType() {
        return contentType;
    }

    /** @param v {@code true} (default) to gzip request bodies */
    public void setGzip(String v) {
        gzip = v;
    }

    /** @return the gzip setting */
    public String getGzip() {
        return gzip;
    }

    /** @param v TCP+TLS connect timeout for https and syslog; default 10 seconds */
    public void setConnectTimeout(String v) {
        connectTimeout = v;
    }

    /** @return the connect timeout setting */
    public String getConnectTimeout() {
        return connectTimeout;
    }

    /** @param v time allowed for the collector's answer; default 30 seconds */
    public void setRequestTimeout(String v) {
        requestTimeout = v;
    }

    /** @return the request timeout setting */
    public String getRequestTimeout() {
        return requestTimeout;
    }

    /** @param v {@code true} allows plain {@code http://} to a loopback host only (a sidecar); default false */
    public void setAllowInsecureLoopback(String v) {
        allowInsecureLoopback = v;
    }

    /** @return the allowInsecureLoopback setting */
    public String getAllowInsecureLoopback() {
        return allowInsecureLoopback;
    }

    /** @param v syslog receiver host (also the name its certificate must match) */
    public void setSyslogHost(String v) {
        syslogHost = v;
    }

    /** @return the syslog host setting */
    public String getSyslogHost() {
        return syslogHost;
    }

    /** @param v syslog port; default {@value SyslogDestination#DEFAULT_PORT} */
    public void setSyslogPort(String v) {
        syslogPort = v;
    }

    /** @return the syslog port setting */
    public String getSyslogPort() {
        return syslogPort;
    }

    /** @param v {@code true} (default) for TLS; {@code false} sends plain TCP (trusted local segment only) */
    public void setSyslogTls(String v) {
        syslogTls = v;
    }

    /** @return the syslog TLS setting */
    public String getSyslogTls() {
        return syslogTls;
    }

    /** @param v facility 0-23 or a name ({@code authpriv}, {@code audit}, {@code local0} …); default authpriv (10) */
    public void setSyslogFacility(String v) {
        syslogFacility = v;
    }

    /** @return the syslog facility setting */
    public String getSyslogFacility() {
        return syslogFacility;
    }

    /** @param v IANA enterprise number in the {@code ocsf@PEN} SD-ID; default 32473 (documentation) */
    public void setSyslogEnterpriseNumber(String v) {
        syslogEnterpriseNumber = v;
    }

    /** @return the enterprise number setting */
    public String getSyslogEnterpriseNumber() {
        return syslogEnterpriseNumber;
    }

    /** @param v APP-NAME when an event has no service name; default {@code -} */
    public void setSyslogAppName(String v) {
        syslogAppName = v;
    }

    /** @return the syslog APP-NAME setting */
    public String getSyslogAppName() {
        return syslogAppName;
    }

    /** @param v longest time to write one batch to syslog; default 10 seconds */
    public void setSyslogWriteTimeout(String v) {
        syslogWriteTimeout = v;
    }

    /** @return the syslog write timeout setting */
    public String getSyslogWriteTimeout() {
        return syslogWriteTimeout;
    }

    /** @param v NDJSON file for destination {@code file} */
    public void setFile(String v) {
        file = v;
    }

    /** @return the file setting */
    public String getFile() {
        return file;
    }

    /** @param v roll the file before it grows past this size; default 100MB */
    public void setMaxFileSize(String v) {
        maxFileSize = v;
    }

    /** @return the max file size setting */
    public String getMaxFileSize() {
        return maxFileSize;
    }

    /** @param v rolled files kept ({@code file.1} newest); default {@value NdjsonFileDestination#DEFAULT_MAX_ROLLED_FILES} */
    public void setMaxRolledFiles(String v) {
        maxRolledFiles = v;
    }

    /** @return the rolled files setting */
    public String getMaxRolledFiles() {
        return maxRolledFiles;
    }

    /** @param v trust store (PKCS12 or JKS) with the CAs to trust instead of the platform's */
    public void setTrustStore(String v) {
        trustStore = v;
    }

    /** @return the trust store setting */
    public String getTrustStore() {
        return trustStore;
    }

    /** @param v {@code PKCS12} (default) or {@code JKS} */
    public void setTrustStoreType(String v) {
        trustStoreType = v;
    }

    /** @return the trust store type setting */
    public String getTrustStoreType() {
        return trustStoreType;
    }

    /** @param v environment variable holding the trust store password */
    public void setTrustStorePasswordEnv(String v) {
        trustStorePasswordEnv = v;
    }

    /** @return the trust store password variable setting */
    public String getTrustStorePasswordEnv() {
        return trustStorePasswordEnv;
    }

    /** @param v file holding the trust store password */
    public void setTrustStorePasswordFile(String v) {
        trustStorePasswordFile = v;
    }

    /** @return the trust store password file setting */
    public String getTrustStorePasswordFile() {
        return trustStorePasswordFile;
    }

    /** @param v key store with the client certificate and key (mutual TLS) */
    public void setKeyStore(String v) {
        keyStore = v;
    }

    /** @return the key store setting */
    public String getKeyStore() {
        return keyStore;
    }

    /** @param v {@code PKCS12} (default) or {@code JKS} */
    public void setKeyStoreType(String v) {
        keyStoreType = v;
    }

    /** @return the key store type setting */
    public String getKeyStoreType() {
        return keyStoreType;
    }

    /** @param v environment variable holding the key store (and key) password */
    public void setKeyStorePasswordEnv(String v) {
        keyStorePasswordEnv = v;
    }

    /** @return the key store password variable setting */
    public String getKeyStorePasswordEnv() {
        return keyStorePasswordEnv;
    }

    /** @param v file holding the key store (and key) password */
    public void setKeyStorePasswordFile(String v) {
        keyStorePasswordFile = v;
    }

    /** @return the key store password file setting */
    public String getKeyStorePasswordFile() {
        return keyStorePasswordFile;
    }

    /** @param v bound on the memory of events held; default 16MB */
    public void setMaxQueueBytes(String v) {
        maxQueueBytes = v;
    }

    /** @return the queue bound setting */
    public String getMaxQueueBytes() {
        return maxQueueBytes;
    }

    /** @param v largest number of events per batch; default {@value PipelineSettings#DEFAULT_MAX_BATCH_EVENTS} */
    public void setMaxBatchEvents(String v) {
        maxBatchEvents = v;
    }

    /** @return the batch count setting */
    public String getMaxBatchEvents() {
        return maxBatchEvents;
    }

    /** @param v largest NDJSON batch before compression; default 1MB */
    public void setMaxBatchBytes(String v) {
        maxBatchBytes = v;
    }

    /** @return the batch size setting */
    public String getMaxBatchBytes() {
        return maxBatchBytes;
    }

    /**
     * @param v most batches sent and not yet answered at once, at least 1; default
     *          {@value PipelineSettings#DEFAULT_MAX_IN_FLIGHT_BATCHES}. Used by {@code https} without
     *          {@code spoolDirectory}; the other destinations, and any with a spool, send one batch at a time
     */
    public void setMaxInFlightBatches(String v) {
        maxInFlightBatches = v;
    }

    /** @return the in-flight batches setting */
    public String getMaxInFlightBatches() {
        return maxInFlightBatches;
    }

    /** @param v longest the first event of a batch waits for more; default 200ms */
    public void setLinger(String v) {
        linger = v;
    }

    /** @return the linger setting */
    public String getLinger() {
        return linger;
    }

    /** @param v {@code DROP_NEWEST} (default), {@code DROP_OLDEST} or {@code BLOCK} (any case, {@code -} or {@code _}) */
    public void setOverflowPolicy(String v) {
        overflowPolicy = v;
    }

    /** @return the overflow policy setting */
    public String getOverflowPolicy() {
        return overflowPolicy;
    }

    /** @param v longest an application thread waits for room under {@code BLOCK}; default 100ms */
    public void setBlockTimeout(String v) {
        blockTimeout = v;
    }

    /** @return the block timeout setting */
    public String getBlockTimeout() {
        return blockTimeout;
    }

    /** @param v how long stopping drains before counting the rest as dropped; default 10 seconds */
    public void setShutdownTimeout(String v) {
        shutdownTimeout = v;
    }

    /** @return the shutdown timeout setting */
    public String getShutdownTimeout() {
        return shutdownTimeout;
    }

    /** @param v first retry delay; default 200ms */
    public void setInitialBackoff(String v) {
        initialBackoff = v;
    }

    /** @return the initial back-off setting */
    public String getInitialBackoff() {
        return initialBackoff;
    }

    /** @param v longest retry delay; default 30 seconds */
    public void setMaxBackoff(String v) {
        maxBackoff = v;
    }

    /** @return the max back-off setting */
    public String getMaxBackoff() {
        return maxBackoff;
    }

    /** @param v longest {@code Retry-After} honoured; default 5 minutes */
    public void setMaxRetryAfter(String v) {
        maxRetryAfter = v;
    }

    /** @return the max Retry-After setting */
    public String getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /** @param v shortest interval between two local "events not delivered" warnings; default 1 minute */
    public void setDropReportInterval(String v) {
        dropReportInterval = v;
    }

    /** @return the drop report interval setting */
    public String getDropReportInterval() {
        return dropReportInterval;
    }

    /**
     * @param v directory of the disk spool; setting it enables the spool, and the overflow policy then defaults to
     *          {@code SPOOL}. Default: none (events are held in memory only)
     */
    public void setSpoolDirectory(String v) {
        spoolDirectory = v;
    }

    /** @return the spool directory setting */
    public String getSpoolDirectory() {
        return spoolDirectory;
    }

    /** @param v bound on the spool's bytes on disk; default 256MB */
    public void setSpoolMaxBytes(String v) {
        spoolMaxBytes = v;
    }

    /** @return the spool size setting */
    public String getSpoolMaxBytes() {
        return spoolMaxBytes;
    }

    /** @param v size of one spool segment file; default 8MB */
    public void setSpoolMaxSegmentBytes(String v) {
        spoolMaxSegmentBytes = v;
    }

    /** @return the spool segment size setting */
    public String getSpoolMaxSegmentBytes() {
        return spoolMaxSegmentBytes;
    }

    /** @param v {@code DROP_OLDEST} (default) or {@code REFUSE_NEWEST} when the spool is full */
    public void setSpoolFullPolicy(String v) {
        spoolFullPolicy = v;
    }

    /** @return the spool full policy setting */
    public String getSpoolFullPolicy() {
        return spoolFullPolicy;
    }

    /** @param v {@code ALWAYS}, {@code INTERVAL} (default) or {@code NEVER}: when spooled bytes are forced to disk */
    public void setSpoolFsync(String v) {
        spoolFsync = v;
    }

    /** @return the spool fsync setting */
    public String getSpoolFsync() {
        return spoolFsync;
    }

    /** @param v fsync interval under {@code INTERVAL}; default 1 second */
    public void setSpoolFsyncInterval(String v) {
        spoolFsyncInterval = v;
    }

    /** @return the spool fsync interval setting */
    public String getSpoolFsyncInterval() {
        return spoolFsyncInterval;
    }

    /** @param v wait before writing to a failed spool again; default 10 seconds */
    public void setSpoolWriteRetryInterval(String v) {
        spoolWriteRetryInterval = v;
    }

    /** @return the spool write retry interval setting */
    public String getSpoolWriteRetryInterval() {
        return spoolWriteRetryInterval;
    }
}
