package uk.gov.justice.securityevents.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.StartupBuffer;
import uk.gov.justice.securityevents.ServiceContext;

/**
 * A Logback encoder that writes each security event as one line of canonical OCSF 1.8.0 JSON (NDJSON) and nothing
 * for any other log event, so any Logback appender (console, file, rolling file) can carry canonical events.
 *
 * <pre>{@code
 * <appender name="SECURITY" class="ch.qos.logback.core.ConsoleAppender">
 *   <encoder class="uk.gov.justice.securityevents.logback.SecurityEventEncoder">
 *     <serviceName>case-api</serviceName>
 *     <serviceVersion>1.4.2</serviceVersion>
 *     <environment>production</environment>
 *     <tenant>hmpps</tenant>
 *   </encoder>
 * </appender>
 * }</pre>
 *
 * <p>Settings: {@code serviceName} (default {@value ServiceContext#DEFAULT_SERVICE_NAME}), {@code serviceVersion},
 * {@code vendorName} (default {@value ServiceContext#DEFAULT_VENDOR_NAME}), {@code environment}, {@code tenant},
 * {@code hostname} (default detected without DNS), {@code cloudProvider}, {@code cloudRegion}, {@code maxStringLength}
 * (default {@value SecurityEventWriter#DEFAULT_MAX_STRING_LENGTH}).
 */
public class SecurityEventEncoder extends EncoderBase<ILoggingEvent> {
    private static final byte[] EMPTY = new byte[0];

    private final EnrichmentSettings settings = new EnrichmentSettings();
    private volatile SecurityEventWriter writer;

    @Override
    public void start() {
        try {
            writer = settings.createWriter();
            super.start();
            // this output writes what is logged from now on; a shipping appender may still attach to take the rest
            StartupBuffer.global().formattingOutputStarted(StartupBuffer.DEFAULT_FORMATTING_GRACE);
        } catch (IllegalArgumentException | NullPointerException e) {
            addError("security-events encoder not started: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] headerBytes() {
        return EMPTY;
    }

    @Override
    public byte[] footerBytes() {
        return EMPTY;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        SecurityEventWriter w = writer;
        if (w == null) {
            return EMPTY;
        }
        EmittedEvent emitted = EmittedEvent.findIn(event.getArgumentArray());
        if (emitted == null) {
            return EMPTY;
        }
        try {
            // one exact-size array: the event and its line feed
            return w.toLine(emitted);
        } catch (RuntimeException e) {
            // Never half an event: a failure writes nothing and is reported to Logback's status manager.
            addError("security event " + emitted.envelope().uid() + " could not be serialised", e);
            return EMPTY;
        }
    }

    /** The writer in use, once started (for appenders that share it). */
    SecurityEventWriter writer() {
        return writer;
    }

    /** Service name. */
    public void setServiceName(String serviceName) {
        settings.serviceName = serviceName;
    }

    /** Service version. */
    public void setServiceVersion(String serviceVersion) {
        settings.serviceVersion = serviceVersion;
    }

    /** Vendor name. */
    public void setVendorName(String vendorName) {
        settings.vendorName = vendorName;
    }

    /** Environment. */
    public void setEnvironment(String environment) {
        settings.environment = environment;
    }

    /** Tenant. */
    public void setTenant(String tenant) {
        settings.tenant = tenant;
    }

    /** Host name. */
    public void setHostname(String hostname) {
        settings.hostname = hostname;
    }

    /** Cloud provider. */
    public void setCloudProvider(String cloudProvider) {
        settings.cloudProvider = cloudProvider;
    }

    /** Cloud region. */
    public void setCloudRegion(String cloudRegion) {
        settings.cloudRegion = cloudRegion;
    }

    /** Longest string value. */
    public void setMaxStringLength(int maxStringLength) {
        settings.maxStringLength = maxStringLength;
    }
}
