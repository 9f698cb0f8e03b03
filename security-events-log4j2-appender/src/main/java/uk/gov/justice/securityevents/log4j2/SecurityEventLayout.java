package uk.gov.justice.securityevents.log4j2;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginConfiguration;
import org.apache.logging.log4j.core.layout.AbstractLayout;
import org.apache.logging.log4j.status.StatusLogger;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.StartupBuffer;

/**
 * The Log4j2 layout {@code <SecurityEventLayout>}: each security event becomes one line of canonical OCSF 1.8.0 JSON
 * (NDJSON) and every other log event nothing at all, so any Log4j2 appender (Console, File, RollingFile, Socket …) can
 * carry canonical events, even one on the root logger. The bytes are those of the canonical
 * {@link SecurityEventWriter}, identical to the Logback encoder's and to what the {@code SecurityEvents} appender
 * ships.
 *
 * <pre>{@code
 * <Console name="SECURITY_STDOUT" target="SYSTEM_OUT">
 *   <SecurityEventLayout serviceName="case-api" serviceVersion="2.3.1" environment="production" tenant="hmpps"/>
 * </Console>
 * }</pre>
 *
 * <p>Attributes: {@code serviceName} (default {@value ServiceContext#DEFAULT_SERVICE_NAME}), {@code serviceVersion},
 * {@code vendorName} (default {@value ServiceContext#DEFAULT_VENDOR_NAME}), {@code environment}, {@code tenant},
 * {@code hostname} (default detected without DNS), {@code cloudProvider}, {@code cloudRegion}, {@code maxStringLength}
 * (default {@value SecurityEventWriter#DEFAULT_MAX_STRING_LENGTH}), {@code maxEventBytes} (default
 * {@value SecurityEventWriter#DEFAULT_MAX_EVENT_BYTES}). A bad attribute is reported to the {@code StatusLogger} naming
 * it, and the layout then writes nothing (never a fallback pattern that would put ordinary logs on the security
 * channel).
 */
@Plugin(name = SecurityEventLayout.PLUGIN_NAME, category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE,
        printObject = true)
public final class SecurityEventLayout extends AbstractLayout<byte[]> {
    /** The element name in {@code log4j2.xml}: {@value}. */
    public static final String PLUGIN_NAME = "SecurityEventLayout";
    /** Content type of the output: {@value}. */
    public static final String CONTENT_TYPE = "application/x-ndjson; charset=UTF-8";

    private static final byte[] EMPTY = new byte[0];

    private final SecurityEventWriter writer;

    private SecurityEventLayout(Configuration configuration, SecurityEventWriter writer) {
        super(configuration, null, null);
        this.writer = writer;
    }

    /** @return a builder for the plugin; Log4j2 fills it from the configuration's attributes */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * @param event a log event
     * @return the event's canonical JSON and a line feed, or no bytes for a log event without a security event
     */
    @Override
    public byte[] toByteArray(LogEvent event) {
        if (writer == null) {
            return EMPTY;
        }
        EmittedEvent emitted = Events.find(event);
        if (emitted == null) {
            return EMPTY;
        }
        byte[] json;
        try {
            json = writer.toBytes(emitted);
        } catch (RuntimeException e) {
            // Never half an event: a failure writes nothing and is reported locally.
            StatusLogger.getLogger().error("security event {} could not be serialised: {}", emitted.envelope().uid(),
                    e.getMessage());
            return EMPTY;
        }
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }

    /** Same as {@link #toByteArray(LogEvent)}. */
    @Override
    public byte[] toSerializable(LogEvent event) {
        return toByteArray(event);
    }

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public Map<String, String> getContentFormat() {
        return Map.of("format", "ocsf-1.8.0", "charset", StandardCharsets.UTF_8.name());
    }

    /** Builds {@link SecurityEventLayout} from the configuration's attributes. */
    public static final class Builder implements org.apache.logging.log4j.core.util.Builder<SecurityEventLayout> {
        @PluginConfiguration
        private Configuration configuration;
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

        private Builder() {
        }

        /**
         * @param v {@code metadata.product.name}
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
         * @param v {@code device.hostname}
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
         * @return the layout; with a bad attribute, one that writes nothing (the error names the attribute)
         */
        @Override
        public SecurityEventLayout build() {
            Enrichment e = new Enrichment();
            e.serviceName = serviceName;
            e.serviceVersion = serviceVersion;
            e.vendorName = vendorName;
            e.environment = environment;
            e.tenant = tenant;
            e.hostname = hostname;
            e.cloudProvider = cloudProvider;
            e.cloudRegion = cloudRegion;
            e.maxStringLength = maxStringLength;
            e.maxEventBytes = maxEventBytes;
            try {
                SecurityEventLayout layout = new SecurityEventLayout(configuration, e.createWriter());
                // this output writes what is logged from now on; a shipping appender may still attach to take the rest
                StartupBuffer.global().formattingOutputStarted(StartupBuffer.DEFAULT_FORMATTING_GRACE);
                return layout;
            } catch (IllegalArgumentException | NullPointerException ex) {
                StatusLogger.getLogger().error("security-events layout writes nothing: {}", ex.getMessage());
                return new SecurityEventLayout(configuration, null);
            }
        }
    }
}
