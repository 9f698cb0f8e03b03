package uk.gov.justice.securityevents.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.gov.justice.securityevents.Principle;

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
}
