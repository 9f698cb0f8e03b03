package uk.gov.justice.securityevents.spring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import uk.gov.justice.securityevents.spring.SecurityEventsProperties;

/**
 * Principle 7 ("all log data must be sent to the MoJ Cyber Security Logging Platform"): once the application has
 * started with a production profile, warns when no output delivers to the platform itself (today every output is
 * stdout or a file) unless {@code security-events.platform-destination-acknowledged=true} says that the hosting
 * platform carries stdout there (the MoJ Cloud Platform's Fluent Bit does). Warns too when events have no canonical
 * output at all. Never stops the application.
 */
public final class PrincipleSevenGuard implements ApplicationListener<ApplicationStartedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(PrincipleSevenGuard.class);

    private final SecurityEventsProperties properties;
    private final OutputInventory outputs;
    private volatile String lastWarning;

    /**
     * Creates the guard.
     *
     * @param properties the settings
     * @param outputs    where events go
     */
    public PrincipleSevenGuard(SecurityEventsProperties properties, OutputInventory outputs) {
        this.properties = properties;
        this.outputs = outputs;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        List<String> production = productionProfiles(event.getApplicationContext().getEnvironment().getActiveProfiles());
        lastWarning = check(production);
        if (lastWarning != null) {
            LOG.warn(lastWarning);
        }
    }

    /** The warning for these active production profiles, or null when there is nothing to say. */
    String check(List<String> activeProductionProfiles) {
        if (activeProductionProfiles.isEmpty() || outputs.hasPlatformDestination()) {
            return null;
        }
        List<String> where = outputs.outputs().stream().map(OutputInventory.Output::description)
                .collect(Collectors.toList());
        if (where.isEmpty()) {
            return "security-events: principle 7: production profile " + activeProductionProfiles
                    + " is active but security events have no canonical output (no appender with SecurityEventEncoder"
                    + " and the starter's stdout appender is off); they are only ordinary log lines. Remove"
                    + " security-events.logback.console-enabled=false or configure the encoder.";
        }
        if (properties.isPlatformDestinationAcknowledged()) {
            return null;
        }
        return "security-events: principle 7: production profile " + activeProductionProfiles
                + " is active and security events only go to " + where + ", not to the MoJ Cyber Security Logging"
                + " Platform. On the MoJ Cloud Platform stdout is shipped there by Fluent Bit: set"
                + " security-events.platform-destination-acknowledged=true to confirm this. Elsewhere, configure a"
                + " platform destination.";
    }

    private List<String> productionProfiles(String[] active) {
        List<String> matches = new ArrayList<>();
        for (String profile : Arrays.asList(active)) {
            if (properties.getProductionProfiles().stream().anyMatch(p -> p.trim().equalsIgnoreCase(profile))) {
                matches.add(profile);
            }
        }
        return matches;
    }

    /** The warning logged at the last start, or null; for the actuator endpoint and tests. */
    public String lastWarning() {
        return lastWarning;
    }
}
