package uk.gov.justice.securityevents.spring.internal.transport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;
import uk.gov.justice.securityevents.spring.SecurityEventsProperties;
import uk.gov.justice.securityevents.spring.SecurityEventsProperties.Destination;
import uk.gov.justice.securityevents.transport.TransportConfig;

/**
 * The one mapping from the typed {@code security-events.destination.*}, {@code .pipeline.*} and {@code .spool.*}
 * properties to the {@link TransportConfig} settings, as the text the transport parses. The starter never validates a
 * value itself: {@link #validate()} asks {@link TransportConfig} and translates the setting names in its message into
 * property names ({@code url is required for destination https} becomes
 * {@code security-events.destination.url is required for destination https}).
 *
 * <p>The same settings configure the Logback {@code SecurityEventAppender} and the Log4j2 {@code SecurityEvents}
 * appender, whose setters carry the {@link TransportConfig} names ({@link #applyTo(Object)}).
 */
public final class TransportSettings {
    private static final String P = SecurityEventsProperties.PREFIX;

    /** Setting name, property name, value: in documentation order. */
    private static final List<Entry> ENTRIES = List.of(
            e("destination", "destination.type", p -> p.getDestination().getType()),
            e("url", "destination.url", p -> p.getDestination().getUrl()),
            e("apiKeyEnv", "destination.api-key-env", p -> p.getDestination().getApiKeyEnv()),
            e("apiKeyFile", "destination.api-key-file", p -> p.getDestination().getApiKeyFile()),
            e("authHeaderName", "destination.auth-header-name", p -> p.getDestination().getAuthHeaderName()),
            e("authValueFormat", "destination.auth-value-format", p -> p.getDestination().getAuthValueFormat()),
            e("headers", "destination.headers", p -> headers(p.getDestination())),
            e("contentType", "destination.content-type", p -> p.getDestination().getContentType()),
            e("gzip", "destination.gzip", p -> p.getDestination().getGzip()),
            e("connectTimeout", "destination.connect-timeout", p -> p.getDestination().getConnectTimeout()),
            e("requestTimeout", "destination.request-timeout", p -> p.getDestination().getRequestTimeout()),
            e("allowInsecureLoopback", "destination.allow-insecure-loopback",
                    p -> p.getDestination().getAllowInsecureLoopback()),
            e("file", "destination.file", p -> p.getDestination().getFile()),
            e("maxFileSize", "destination.max-file-size", p -> p.getDestination().getMaxFileSize()),
            e("maxRolledFiles", "destination.max-rolled-files", p -> p.getDestination().getMaxRolledFiles()),
            e("syslogHost", "destination.syslog.host", p -> p.getDestination().getSyslog().getHost()),
            e("syslogPort", "destination.syslog.port", p -> p.getDestination().getSyslog().getPort()),
            e("syslogTls", "destination.syslog.tls", p -> p.getDestination().getSyslog().getTls()),
            e("syslogFacility", "destination.syslog.facility", p -> p.getDestination().getSyslog().getFacility()),
            e("syslogEnterpriseNumber", "destination.syslog.enterprise-number",
                    p -> p.getDestination().getSyslog().getEnterpriseNumber()),
            e("syslogAppName", "destination.syslog.app-name", p -> p.getDestination().getSyslog().getAppName()),
            e("syslogWriteTimeout", "destination.syslog.write-timeout",
                    p -> p.getDestination().getSyslog().getWriteTimeout()),
            e("trustStore", "destination.tls.trust-store", p -> p.getDestination().getTls().getTrustStore()),
            e("trustStoreType", "destination.tls.trust-store-type",
                    p -> p.getDestination().getTls().getTrustStoreType()),
            e("trustStorePasswordEnv", "destination.tls.trust-store-password-env",
                    p -> p.getDestination().getTls().getTrustStorePasswordEnv()),
            e("trustStorePasswordFile", "destination.tls.trust-store-password-file",
                    p -> p.getDestination().getTls().getTrustStorePasswordFile()),
            e("keyStore", "destination.tls.key-store", p -> p.getDestination().getTls().getKeyStore()),
            e("keyStoreType", "destination.tls.key-store-type", p -> p.getDestination().getTls().getKeyStoreType()),
            e("keyStorePasswordEnv", "destination.tls.key-store-password-env",
                    p -> p.getDestination().getTls().getKeyStorePasswordEnv()),
            e("keyStorePasswordFile", "destination.tls.key-store-password-file",
                    p -> p.getDestination().getTls().getKeyStorePasswordFile()),
            e("maxQueueBytes", "pipeline.max-queue-bytes", p -> p.getPipeline().getMaxQueueBytes()),
            e("maxBatchEvents", "pipeline.max-batch-events", p -> p.getPipeline().getMaxBatchEvents()),
            e("maxBatchBytes", "pipeline.max-batch-bytes", p -> p.getPipeline().getMaxBatchBytes()),
            e("maxInFlightBatches", "pipeline.max-in-flight-batches", p -> p.getPipeline().getMaxInFlightBatches()),
            e("linger", "pipeline.linger", p -> p.getPipeline().getLinger()),
            e("overflowPolicy", "pipeline.overflow-policy", p -> p.getPipeline().getOverflowPolicy()),
            e("blockTimeout", "pipeline.block-timeout", p -> p.getPipeline().getBlockTimeout()),
            e("shutdownTimeout", "pipeline.shutdown-timeout", p -> p.getPipeline().getShutdownTimeout()),
            e("initialBackoff", "pipeline.initial-backoff", p -> p.getPipeline().getInitialBackoff()),
            e("maxBackoff", "pipeline.max-backoff", p -> p.getPipeline().getMaxBackoff()),
            e("maxRetryAfter", "pipeline.max-retry-after", p -> p.getPipeline().getMaxRetryAfter()),
            e("dropReportInterval", "pipeline.drop-report-interval", p -> p.getPipeline().getDropReportInterval()),
            e("spoolDirectory", "spool.directory", p -> p.getSpool().getDirectory()),
            e("spoolMaxBytes", "spool.max-bytes", p -> p.getSpool().getMaxBytes()),
            e("spoolMaxSegmentBytes", "spool.max-segment-bytes", p -> p.getSpool().getMaxSegmentBytes()),
            e("spoolFullPolicy", "spool.full-policy", p -> p.getSpool().getFullPolicy()),
            e("spoolFsync", "spool.fsync", p -> p.getSpool().getFsync()),
            e("spoolFsyncInterval", "spool.fsync-interval", p -> p.getSpool().getFsyncInterval()),
            e("spoolWriteRetryInterval", "spool.write-retry-interval",
                    p -> p.getSpool().getWriteRetryInterval()));

    private static final Map<String, String> PROPERTY_BY_SETTING = ENTRIES.stream()
            .collect(Collectors.toMap(Entry::setting, en -> P + "." + en.property(), (a, b) -> a, LinkedHashMap::new));
    /** Longest names first, so apiKeyFile is not read as apiKey + File. */
    private static final Pattern SETTING_WORD = Pattern.compile("\\b(" + ENTRIES.stream().map(Entry::setting)
            .filter(s -> !s.equals("destination") && !s.equals("file") && !s.equals("headers"))
            .sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|")) + ")\\b");

    private final Map<String, String> values;

    private TransportSettings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Reads the properties.
     *
     * @param properties the bound properties
     * @return the settings that are set, as the transport's text
     */
    public static TransportSettings of(SecurityEventsProperties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Entry entry : ENTRIES) {
            String text = text(entry.value().apply(properties));
            if (text != null) {
                values.put(entry.setting(), text);
            }
        }
        return new TransportSettings(values);
    }

    /** @return setting name to value, only those that are set */
    public Map<String, String> values() {
        return values;
    }

    /**
     * @return the destination: {@code stdout} when not set, else the value as written (lower case when it is one
     *     of the known destinations; an unknown value is left for {@link #validate()} to reject)
     */
    public String destination() {
        String d = values.get("destination");
        if (d == null) {
            return TransportConfig.STDOUT;
        }
        String lower = d.trim().toLowerCase(java.util.Locale.ROOT);
        return TransportConfig.DESTINATIONS.contains(lower) ? lower : d;
    }

    /** @return whether events go to something other than the starter's stdout console appender */
    public boolean ships() {
        return !TransportConfig.STDOUT.equals(destination());
    }

    /** @return a {@link TransportConfig} with every setting applied (not validated) */
    public TransportConfig toConfig() {
        TransportConfig config = new TransportConfig();
        applyTo(config);
        return config;
    }

    /**
     * Validates through {@link TransportConfig#validate()}.
     *
     * @return warnings about settings ignored by the chosen destination, with property names
     * @throws InvalidDestinationPropertiesException naming the property
     */
    public List<String> validate() {
        try {
            List<String> warnings = new ArrayList<>();
            for (String w : toConfig().validate()) {
                warnings.add(translate(w));
            }
            return warnings;
        } catch (IllegalArgumentException e) {
            throw new InvalidDestinationPropertiesException(translate(e.getMessage()), e);
        }
    }

    /**
     * Calls {@code set<Setting>(String)} on the target for every setting that is set: a {@link TransportConfig}, a
     * Logback {@code SecurityEventAppender} or a Log4j2 {@code SecurityEventsAppender.Builder}.
     *
     * @param target the object to configure
     */
    public void applyTo(Object target) {
        values.forEach((setting, value) -> {
            String name = "set" + Character.toUpperCase(setting.charAt(0)) + setting.substring(1);
            try {
                Method m = target.getClass().getMethod(name, String.class);
                m.invoke(target, value);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(target.getClass().getName() + " has no public " + name
                        + "(String); the security-events modules are of different versions", e);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IllegalArgumentException) {
                    throw new InvalidDestinationPropertiesException(translate(cause.getMessage()), cause);
                }
                throw new IllegalStateException(cause);
            }
        });
    }

    /**
     * Rewrites the transport's setting names in a message as property names.
     *
     * @param message a {@link TransportConfig} message
     * @return the message with {@code security-events.*} property names
     */
    public static String translate(String message) {
        if (message == null) {
            return null;
        }
        String m = message;
        // "destination 'htps' is unknown", "file is required ...", "headers ..." only at the start: elsewhere these
        // words are prose ("required for destination https").
        for (String leading : List.of("destination", "file", "header", "headers")) {
            if (m.startsWith(leading + " ")) {
                String property = leading.startsWith("header") ? P + ".destination.headers"
                        : PROPERTY_BY_SETTING.get(leading);
                m = property + m.substring(leading.length());
                break;
            }
        }
        Matcher matcher = SETTING_WORD.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(sb, Matcher.quoteReplacement(PROPERTY_BY_SETTING.get(matcher.group(1))));
        }
        matcher.appendTail(sb);
        return sb.toString();
    }

    /**
     * @param setting a {@link TransportConfig} setting name, e.g. {@code apiKeyFile}
     * @return its property, e.g. {@code security-events.destination.api-key-file}, or null
     */
    public static String propertyOf(String setting) {
        return PROPERTY_BY_SETTING.get(setting);
    }

    private static String headers(Destination d) {
        Map<String, String> h = d.getHeaders();
        if (h == null || h.isEmpty()) {
            return null;
        }
        return h.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining(","));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Duration) {
            return value.toString(); // ISO-8601, which the transport reads
        }
        if (value instanceof DataSize) {
            return Long.toString(((DataSize) value).toBytes());
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    private static Entry e(String setting, String property, Function<SecurityEventsProperties, Object> value) {
        return new Entry(setting, property, value);
    }

    private record Entry(String setting, String property, Function<SecurityEventsProperties, Object> value) {
    }
}
