package uk.gov.justice.securityevents.spring.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import uk.gov.justice.securityevents.spring.SecurityEventsProperties;
import uk.gov.justice.securityevents.spring.internal.transport.InvalidDestinationPropertiesException;
import uk.gov.justice.securityevents.spring.internal.transport.TransportSettings;
import uk.gov.justice.securityevents.transport.TransportConfig;

/** What the Logback and Log4j2 installers do first: bind the properties and have the transport check them. */
public final class ShippingSetup {
    private static final Logger LOG = LoggerFactory.getLogger(ShippingSetup.class);

    private ShippingSetup() {
    }

    /**
     * Binds {@code security-events.*} early (before the properties bean exists).
     *
     * @param environment the environment
     * @return the properties, or null when they do not bind (Boot reports that, naming the property, when it builds
     *     the properties bean)
     */
    public static SecurityEventsProperties bind(Environment environment) {
        try {
            return Binder.get(environment).bindOrCreate(SecurityEventsProperties.PREFIX,
                    SecurityEventsProperties.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Checks the destination settings through {@link TransportConfig#validate()}.
     *
     * @param environment the environment, to refuse a literal API key
     * @param properties  the bound properties
     * @return the settings
     * @throws InvalidDestinationPropertiesException naming the property
     */
    public static TransportSettings check(Environment environment, SecurityEventsProperties properties) {
        for (String literal : List.of("api-key", "apiKey", "api_key")) {
            String name = SecurityEventsProperties.PREFIX + ".destination." + literal;
            if (environment.containsProperty(name)) {
                throw new InvalidDestinationPropertiesException(name + " is not supported: an API key is never a"
                        + " property value; use security-events.destination.api-key-env (environment variable) or"
                        + " security-events.destination.api-key-file (mounted secret)", null);
            }
        }
        TransportSettings settings = TransportSettings.of(properties);
        for (String warning : settings.validate()) {
            LOG.warn("security-events: {}", warning);
        }
        return settings;
    }

    /**
     * @param settings the settings
     * @return whether the destination is the platform itself (https collector or syslog)
     */
    public static boolean isPlatform(TransportSettings settings) {
        String d = settings.destination();
        return TransportConfig.HTTPS.equals(d) || TransportConfig.SYSLOG.equals(d);
    }

    /**
     * @param settings the settings
     * @return e.g. {@code https https://collector.example/logs/v1/event} or {@code file /var/log/events.ndjson}
     */
    public static String describe(TransportSettings settings) {
        String d = settings.destination();
        String where;
        switch (d) {
            case TransportConfig.HTTPS:
                where = withoutQuery(settings.values().get("url"));
                break;
            case TransportConfig.FILE:
                where = settings.values().get("file");
                break;
            case TransportConfig.SYSLOG:
                where = settings.values().get("syslogHost") + (settings.values().containsKey("syslogPort")
                        ? ":" + settings.values().get("syslogPort") : "");
                break;
            default:
                where = null;
        }
        return where == null ? d : d + " " + where;
    }

    private static String withoutQuery(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q); // a query may carry a token: never shown
    }
}
