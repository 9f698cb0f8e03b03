package uk.gov.justice.securityevents.spring.internal.log4j2;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.log4j2.SecurityEventLayout;
import uk.gov.justice.securityevents.log4j2.SecurityEventsAppender;
import uk.gov.justice.securityevents.spring.SecurityEventsProperties;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.EmissionObserver;
import uk.gov.justice.securityevents.spring.internal.OutputInventory;
import uk.gov.justice.securityevents.spring.internal.OutputInventory.Output;
import uk.gov.justice.securityevents.spring.internal.PrincipleCoverage;
import uk.gov.justice.securityevents.spring.internal.ServiceIdentity;
import uk.gov.justice.securityevents.spring.internal.ShippingSetup;
import uk.gov.justice.securityevents.spring.internal.transport.InvalidDestinationPropertiesException;
import uk.gov.justice.securityevents.spring.internal.transport.TransportSettings;

/**
 * The Log4j2 counterpart of the Logback installer, when Log4j2 is the logging system (log4j-core bound, as with
 * {@code spring-boot-starter-log4j2}): unless the Log4j2 configuration already has a {@code SecurityEvents} appender
 * or an appender with {@link SecurityEventLayout} on logger {@code security-events} or root, adds exactly one output
 * to logger {@code security-events}: a stdout {@link ConsoleAppender} with {@link SecurityEventLayout} for
 * destination {@code stdout}, else the shipping {@link SecurityEventsAppender} configured from the properties. Adds a
 * counting tap for the coverage table and metrics. Re-applies itself after every reconfiguration (Log4j2 fires a
 * {@code config} property change when a new configuration replaces the old one).
 */
public final class Log4j2OutputInstaller implements BeanFactoryPostProcessor, EnvironmentAware,
        ApplicationContextAware, ApplicationListener<ContextRefreshedEvent>, DisposableBean {
    /** Name of the stdout appender: {@value}. */
    public static final String CONSOLE_APPENDER_NAME = "SECURITY_EVENTS_STDOUT";
    /** Name of the shipping appender: {@value}. */
    public static final String SHIPPING_APPENDER_NAME = "SECURITY_EVENTS_SHIPPING";
    /** Name of the counting appender: {@value}. */
    public static final String TAP_APPENDER_NAME = "SECURITY_EVENTS_TAP";

    private static final Logger LOG = LoggerFactory.getLogger(Log4j2OutputInstaller.class);
    private static final List<String> OURS = List.of(CONSOLE_APPENDER_NAME, SHIPPING_APPENDER_NAME,
            TAP_APPENDER_NAME);

    private final PrincipleCoverage coverage = new PrincipleCoverage();
    private final OutputInventory inventory = new OutputInventory();
    private final DeliveryState delivery = new DeliveryState();
    private final Log4j2EmissionTap tap = new Log4j2EmissionTap(TAP_APPENDER_NAME, coverage);
    private final PropertyChangeListener listener = this::configurationChanged;
    private Environment environment;
    private ApplicationContext applicationContext;
    private SecurityEventsProperties properties;
    private TransportSettings settings;
    private ServiceIdentity identity;
    private LoggerContext loggerContext;
    private Appender output;
    private volatile boolean reconciling;
    private volatile Configuration reconciled;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    /** @return whether Log4j2 (log4j-core) is the active logging implementation */
    public static boolean log4j2Active() {
        try {
            return LogManager.getContext(false) instanceof LoggerContext;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (!log4j2Active()) {
            return;
        }
        properties = ShippingSetup.bind(environment);
        if (properties == null) {
            return;
        }
        settings = ShippingSetup.check(environment, properties);
        identity = ServiceIdentity.resolve(environment, properties);
        loggerContext = (LoggerContext) LogManager.getContext(false);
        loggerContext.addPropertyChangeListener(listener);
        reconcile();
        if (settings.ships() && output == null && inventory.outputs().isEmpty()) {
            destroy();
            throw new InvalidDestinationPropertiesException("the Log4j2 shipping appender for "
                    + ShippingSetup.describe(settings) + " did not start; see the Log4j2 status messages", null);
        }
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (loggerContext == null || event.getApplicationContext() != applicationContext) {
            return;
        }
        List<EmissionObserver> observers = applicationContext.getBeanProvider(EmissionObserver.class).orderedStream()
                .filter(o -> o != coverage).collect(Collectors.toList());
        tap.observers(observers);
        reconcile();
    }

    /** @return the coverage table the tap fills */
    public PrincipleCoverage coverage() {
        return coverage;
    }

    /** @return the outputs found or installed */
    public OutputInventory inventory() {
        return inventory;
    }

    /** @return the current shipping pipeline */
    public DeliveryState delivery() {
        return delivery;
    }

    private void configurationChanged(PropertyChangeEvent event) {
        // updateLoggers() fires the same event with the same configuration: only a new configuration counts.
        if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName()) && !reconciling
                && event.getNewValue() != reconciled) {
            reconcile();
        }
    }

    /** Makes the current configuration hold exactly one canonical output of ours, or none when it has its own. */
    synchronized void reconcile() {
        if (loggerContext == null || reconciling) {
            return;
        }
        reconciling = true;
        try {
            reconcileNow();
        } finally {
            reconciling = false;
        }
    }

    private void reconcileNow() {
        Configuration config = loggerContext.getConfiguration();
        reconciled = config;
        LoggerConfig events = eventsLoggerConfig(config);
        LoggerConfig root = config.getRootLogger();
        attach(config, events, tap);
        List<Output> existing = new ArrayList<>();
        SecurityEventsAppender own = find(events, root, existing);
        if (!existing.isEmpty()) {
            detachOutput(config, events);
            if (own != null) {
                delivery.use("Log4j2 appender '" + own.getName() + "' (application configuration)", own::snapshot);
            } else {
                delivery.clear();
            }
            inventory.replace(existing);
            loggerContext.updateLoggers();
            return;
        }
        boolean ships = settings.ships();
        if (!ships && !properties.getLogback().isConsoleEnabled()) {
            detachOutput(config, events);
            delivery.clear();
            inventory.replace(List.of());
            loggerContext.updateLoggers();
            return;
        }
        String wanted = ships ? SHIPPING_APPENDER_NAME : CONSOLE_APPENDER_NAME;
        Appender attached = events.getAppenders().get(wanted);
        if (attached == null || attached != output || !attached.isStarted()) {
            detachOutput(config, events);
            Appender created = ships ? newShippingAppender(config) : newConsoleAppender(config);
            if (created == null) {
                delivery.clear();
                inventory.replace(List.of());
                loggerContext.updateLoggers();
                return;
            }
            output = created;
            attach(config, events, created);
            if (created instanceof SecurityEventsAppender) {
                SecurityEventsAppender shipping = (SecurityEventsAppender) created;
                delivery.use(ShippingSetup.describe(settings) + " (Log4j2 appender '" + SHIPPING_APPENDER_NAME
                        + "' installed by the starter)", shipping::snapshot);
            } else {
                delivery.clear();
            }
        }
        if (!properties.getLogback().isKeepHumanLine()) {
            events.setAdditive(false);
        }
        loggerContext.updateLoggers();
        inventory.replace(List.of(new Output((ships ? ShippingSetup.describe(settings) : "stdout")
                + ": Log4j2 appender '" + wanted + "' installed by the starter on logger '"
                + SecurityEvents.LOGGER_NAME + "'", ships && ShippingSetup.isPlatform(settings))));
    }

    private LoggerConfig eventsLoggerConfig(Configuration config) {
        LoggerConfig existing = config.getLoggerConfig(SecurityEvents.LOGGER_NAME);
        if (SecurityEvents.LOGGER_NAME.equals(existing.getName())) {
            return existing;
        }
        Level level = config.getRootLogger().getLevel() != null
                && config.getRootLogger().getLevel().isLessSpecificThan(Level.INFO) ? null : Level.INFO;
        LoggerConfig created = LoggerConfig.newBuilder().withLoggerName(SecurityEvents.LOGGER_NAME)
                .withLevel(level == null ? config.getRootLogger().getLevel() : level)
                .withAdditivity(properties.getLogback().isKeepHumanLine()).withConfig(config).build();
        config.addLogger(SecurityEvents.LOGGER_NAME, created);
        return created;
    }

    private static void attach(Configuration config, LoggerConfig events, Appender appender) {
        if (events.getAppenders().get(appender.getName()) == appender) {
            return;
        }
        if (events.getAppenders().containsKey(appender.getName())) {
            events.removeAppender(appender.getName());
        }
        if (!appender.isStarted()) {
            appender.start();
        }
        config.addAppender(appender);
        events.addAppender(appender, null, null);
    }

    /** Canonical outputs other than ours; returns the first shipping appender among them. */
    private static SecurityEventsAppender find(LoggerConfig events, LoggerConfig root, List<Output> found) {
        SecurityEventsAppender shipping = null;
        for (LoggerConfig lc : events == root ? List.of(root) : List.of(events, root)) {
            for (Map.Entry<String, Appender> e : lc.getAppenders().entrySet()) {
                Appender a = e.getValue();
                if (OURS.contains(a.getName())) {
                    continue;
                }
                String where = "Log4j2 appender '" + a.getName() + "' on logger '"
                        + (lc.getName().isEmpty() ? "root" : lc.getName()) + "'";
                if (a instanceof SecurityEventsAppender) {
                    found.add(new Output(where + " (security-events shipping appender)", false));
                    shipping = shipping == null ? (SecurityEventsAppender) a : shipping;
                } else {
                    Layout<?> layout = a.getLayout();
                    if (layout instanceof SecurityEventLayout) {
                        found.add(new Output(where + " with SecurityEventLayout", false));
                    }
                }
            }
        }
        return shipping;
    }

    private void detachOutput(Configuration config, LoggerConfig events) {
        for (String name : List.of(CONSOLE_APPENDER_NAME, SHIPPING_APPENDER_NAME)) {
            Appender a = events.getAppenders().get(name);
            if (a != null) {
                events.removeAppender(name);
                a.stop();
            }
        }
        if (output != null) {
            output.stop();
            output = null;
        }
    }

    private Appender newConsoleAppender(Configuration config) {
        SecurityEventLayout layout = SecurityEventLayout.newBuilder().setServiceName(identity.serviceName())
                .setServiceVersion(identity.serviceVersion()).setEnvironment(identity.environment())
                .setTenant(identity.tenant()).build();
        ConsoleAppender appender = ConsoleAppender.newBuilder().setName(CONSOLE_APPENDER_NAME)
                .setTarget(ConsoleAppender.Target.SYSTEM_OUT).setLayout(layout).setConfiguration(config).build();
        if (appender != null) {
            appender.start();
        }
        return appender;
    }

    private Appender newShippingAppender(Configuration config) {
        SecurityEventsAppender.Builder builder = SecurityEventsAppender.newBuilder();
        builder.setName(SHIPPING_APPENDER_NAME);
        builder.setConfiguration(config);
        builder.setServiceName(identity.serviceName()).setServiceVersion(identity.serviceVersion())
                .setEnvironment(identity.environment()).setTenant(identity.tenant());
        settings.applyTo(builder);
        builder.setDeliveryListener(delivery);
        SecurityEventsAppender appender = builder.build();
        if (appender == null) {
            LOG.warn("security-events: the Log4j2 shipping appender for {} was not built; see the Log4j2 status"
                    + " messages", ShippingSetup.describe(settings));
            return null;
        }
        appender.start();
        if (!appender.isStarted()) {
            LOG.warn("security-events: the Log4j2 shipping appender for {} did not start; see the Log4j2 status"
                    + " messages", ShippingSetup.describe(settings));
            return null;
        }
        return appender;
    }

    @Override
    public synchronized void destroy() {
        if (loggerContext == null) {
            return;
        }
        loggerContext.removePropertyChangeListener(listener);
        Configuration config = loggerContext.getConfiguration();
        LoggerConfig events = config.getLoggerConfig(SecurityEvents.LOGGER_NAME);
        if (output != null && events.getAppenders().get(output.getName()) == output) {
            events.removeAppender(output.getName());
        }
        if (output != null) {
            output.stop();
            output = null;
        }
        if (events.getAppenders().get(TAP_APPENDER_NAME) == tap) {
            events.removeAppender(TAP_APPENDER_NAME);
        }
        tap.close();
        delivery.clear();
        loggerContext.updateLoggers();
        loggerContext = null;
    }
}
