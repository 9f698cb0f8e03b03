package uk.gov.justice.securityevents.spring.internal.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;
import java.util.List;
import java.util.stream.Collectors;
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
import uk.gov.justice.securityevents.logback.SecurityEventAppender;
import uk.gov.justice.securityevents.logback.SecurityEventEncoder;
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
 * Makes sure canonical events leave the process when Logback is the logging system: unless the Logback
 * configuration already has an appender with {@link SecurityEventEncoder} (or the SDK's shipping appender) on logger
 * {@code security-events} or root, attaches one stdout {@link ConsoleAppender} with the encoder to logger
 * {@code security-events}, configured from the {@code security-events.*} properties. Also attaches the
 * {@link EmissionTap} that feeds the coverage table and metrics.
 *
 * <p>It is a {@link BeanFactoryPostProcessor} so it runs before any application bean is created: events that beans
 * emit while the context starts are already canonical. It reconciles (never two appenders, ours removed when the
 * configuration brings its own) at start, on every context refresh, and whenever Logback is reset or reconfigured
 * (Boot re-initialising logging, {@code scan="true"} reloads, Spring Cloud refreshes), through a reset-resistant
 * {@link LoggerContextListener} and a {@link ConfigurationEventListener}.
 */
public final class LogbackOutputInstaller implements BeanFactoryPostProcessor, EnvironmentAware,
        ApplicationContextAware, ApplicationListener<ContextRefreshedEvent>, DisposableBean {
    /** Name of the stdout appender the starter installs: {@value}. */
    public static final String CONSOLE_APPENDER_NAME = "SECURITY_EVENTS_STDOUT";
    /** Name of the shipping appender the starter installs for destinations other than stdout: {@value}. */
    public static final String SHIPPING_APPENDER_NAME = "SECURITY_EVENTS_SHIPPING";
    /** Name of the counting appender: {@value}. */
    public static final String TAP_APPENDER_NAME = "SECURITY_EVENTS_TAP";

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(LogbackOutputInstaller.class);

    private final PrincipleCoverage coverage = new PrincipleCoverage();
    private final OutputInventory inventory = new OutputInventory();
    private final EmissionTap tap = new EmissionTap(coverage);
    private final Listener listener = new Listener();
    private final DeliveryState delivery = new DeliveryState();
    private TransportSettings settings;
    private SecurityEventAppender shipping;
    private Environment environment;
    private ApplicationContext applicationContext;
    private SecurityEventsProperties properties;
    private ServiceIdentity identity;
    private LoggerContext loggerContext;
    private ConsoleAppender<ILoggingEvent> console;
    private boolean madeNonAdditive;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
            return; // SLF4J is bound to another backend: nothing of ours to attach.
        }
        properties = ShippingSetup.bind(environment);
        if (properties == null) {
            // Binding fails again, with Boot's failure report naming the property, when the properties bean is built.
            return;
        }
        settings = ShippingSetup.check(environment, properties);
        identity = ServiceIdentity.resolve(environment, properties);
        loggerContext = (LoggerContext) LoggerFactory.getILoggerFactory();
        loggerContext.addListener(listener);
        loggerContext.addConfigurationEventListener(listener);
        reconcile();
        if (settings.ships() && (shipping == null || !shipping.isStarted())
                && CanonicalAppenders.find(ourNames(), loggerContext.getLogger(SecurityEvents.LOGGER_NAME),
                        loggerContext.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).isEmpty()) {
            String reason = lastError();
            destroy();
            throw new InvalidDestinationPropertiesException("the shipping appender for "
                    + ShippingSetup.describe(settings) + " did not start" + (reason == null ? "" : ": " + reason),
                    null);
        }
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // Child contexts (a separate management port) publish to their parent too; only our own refresh counts.
        if (loggerContext == null || event.getApplicationContext() != applicationContext) {
            return;
        }
        List<EmissionObserver> observers = applicationContext.getBeanProvider(EmissionObserver.class).orderedStream()
                .filter(o -> o != coverage).collect(Collectors.toList());
        tap.observers(observers);
        reconcile();
    }

    /** The coverage table the tap fills from the first event on. */
    public PrincipleCoverage coverage() {
        return coverage;
    }

    /** The outputs found or installed. */
    public OutputInventory inventory() {
        return inventory;
    }

    /** The current shipping pipeline, for the endpoint, health and meters. */
    public DeliveryState delivery() {
        return delivery;
    }

    /** Attaches or removes the starter's appenders so that exactly one canonical stdout output exists if needed. */
    synchronized void reconcile() {
        if (loggerContext == null) {
            return;
        }
        Logger events = loggerContext.getLogger(SecurityEvents.LOGGER_NAME);
        Logger root = loggerContext.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        attachTap(events);
        List<Output> existing = CanonicalAppenders.find(ourNames(), events, root);
        if (!existing.isEmpty()) {
            // The application's own configuration wins; report the delivery of its shipping appender, if any.
            removeConsole(events);
            removeShipping(events);
            SecurityEventAppender own = CanonicalAppenders.firstShipping(ourNames(), events, root);
            if (own != null) {
                delivery.use("Logback appender '" + own.getName() + "' (application configuration)", own::snapshot);
            } else {
                delivery.clear();
            }
            inventory.replace(existing);
            return;
        }
        if (settings.ships()) {
            removeConsole(events);
            reconcileShipping(events, root);
            return;
        }
        removeShipping(events);
        delivery.clear();
        if (!properties.getLogback().isConsoleEnabled()) {
            removeConsole(events);
            inventory.replace(existing);
            return;
        }
        if (events.getAppender(CONSOLE_APPENDER_NAME) != console || console == null || !console.isStarted()) {
            removeConsole(events);
            console = newConsoleAppender();
            if (console == null) {
                inventory.replace(List.of());
                return;
            }
            events.addAppender(console);
        }
        if (!properties.getLogback().isKeepHumanLine() && events.isAdditive()) {
            events.setAdditive(false);
            madeNonAdditive = true;
        }
        if (events.getLevel() == null && !root.isEnabledFor(Level.INFO)) {
            // A quiet root logger (WARN) must not silence security events.
            events.setLevel(Level.INFO);
        }
        inventory.replace(List.of(new Output("stdout: Logback appender '" + CONSOLE_APPENDER_NAME
                + "' installed by the starter on logger '" + SecurityEvents.LOGGER_NAME + "'", false)));
    }

    private void reconcileShipping(Logger events, Logger root) {
        if (events.getAppender(SHIPPING_APPENDER_NAME) != shipping || shipping == null || !shipping.isStarted()) {
            removeShipping(events);
            SecurityEventAppender created = newShippingAppender();
            if (created == null) {
                inventory.replace(List.of());
                delivery.clear();
                return;
            }
            shipping = created;
            events.addAppender(created);
            delivery.use(ShippingSetup.describe(settings) + " (Logback appender '" + SHIPPING_APPENDER_NAME
                    + "' installed by the starter)", created::snapshot);
        }
        if (!properties.getLogback().isKeepHumanLine() && events.isAdditive()) {
            events.setAdditive(false);
            madeNonAdditive = true;
        }
        if (events.getLevel() == null && !root.isEnabledFor(Level.INFO)) {
            events.setLevel(Level.INFO);
        }
        inventory.replace(List.of(new Output(ShippingSetup.describe(settings) + ": Logback appender '"
                + SHIPPING_APPENDER_NAME + "' installed by the starter on logger '" + SecurityEvents.LOGGER_NAME + "'",
                ShippingSetup.isPlatform(settings))));
    }

    private SecurityEventAppender newShippingAppender() {
        SecurityEventAppender appender = new SecurityEventAppender();
        appender.setContext(loggerContext);
        appender.setName(SHIPPING_APPENDER_NAME);
        appender.setServiceName(identity.serviceName());
        appender.setServiceVersion(identity.serviceVersion());
        appender.setEnvironment(identity.environment());
        appender.setTenant(identity.tenant());
        settings.applyTo(appender);
        appender.setDeliveryListener(delivery);
        appender.start();
        if (!appender.isStarted()) {
            LOG.warn("security-events: the shipping appender for {} did not start: {}",
                    ShippingSetup.describe(settings), lastError());
            return null;
        }
        return appender;
    }

    private String lastError() {
        String last = null;
        for (ch.qos.logback.core.status.Status status : loggerContext.getStatusManager().getCopyOfStatusList()) {
            if (status.getLevel() == ch.qos.logback.core.status.Status.ERROR
                    && String.valueOf(status.getMessage()).contains(SHIPPING_APPENDER_NAME)) {
                last = TransportSettings.translate(status.getMessage());
            }
        }
        return last;
    }

    private void removeShipping(Logger events) {
        Appender<ILoggingEvent> attached = events.getAppender(SHIPPING_APPENDER_NAME);
        if (attached != null) {
            events.detachAppender(attached);
            attached.stop();
        }
        if (shipping != null) {
            shipping.stop(); // drains for at most shutdownTimeout; no-op when Logback already stopped it
            shipping = null;
        }
    }

    private static List<String> ourNames() {
        return List.of(CONSOLE_APPENDER_NAME, SHIPPING_APPENDER_NAME);
    }

    private void attachTap(Logger events) {
        if (events.getAppender(TAP_APPENDER_NAME) == tap && tap.isStarted()) {
            return;
        }
        events.detachAppender(TAP_APPENDER_NAME);
        tap.setContext(loggerContext);
        tap.setName(TAP_APPENDER_NAME);
        tap.start();
        events.addAppender(tap);
    }

    private void removeConsole(Logger events) {
        Appender<ILoggingEvent> attached = events.getAppender(CONSOLE_APPENDER_NAME);
        if (attached != null) {
            events.detachAppender(attached);
            attached.stop();
        }
        if (madeNonAdditive) {
            events.setAdditive(true);
            madeNonAdditive = false;
        }
    }

    private ConsoleAppender<ILoggingEvent> newConsoleAppender() {
        SecurityEventEncoder encoder = new SecurityEventEncoder();
        encoder.setContext(loggerContext);
        encoder.setServiceName(identity.serviceName());
        encoder.setServiceVersion(identity.serviceVersion());
        encoder.setEnvironment(identity.environment());
        encoder.setTenant(identity.tenant());
        encoder.start();
        if (!encoder.isStarted()) {
            LOG.warn("security-events: the stdout appender was not installed because its settings were rejected ({});"
                    + " see Logback's status messages", identity);
            return null;
        }
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(loggerContext);
        appender.setName(CONSOLE_APPENDER_NAME);
        appender.setTarget("System.out");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    @Override
    public synchronized void destroy() {
        if (loggerContext == null) {
            return;
        }
        loggerContext.removeListener(listener);
        loggerContext.removeConfigurationEventListener(listener);
        Logger events = loggerContext.getLogger(SecurityEvents.LOGGER_NAME);
        // Only our own instances: another context in the same JVM may have installed its own since.
        if (events.getAppender(CONSOLE_APPENDER_NAME) == console && console != null) {
            removeConsole(events);
        }
        if (shipping != null && events.getAppender(SHIPPING_APPENDER_NAME) == shipping) {
            removeShipping(events);
        } else if (shipping != null) {
            shipping.stop();
            shipping = null;
        }
        delivery.clear();
        if (events.getAppender(TAP_APPENDER_NAME) == tap) {
            events.detachAppender(tap);
        }
        tap.stop();
        loggerContext = null;
    }

    /** Re-installs after Logback is reset or reconfigured; survives resets itself. */
    private final class Listener implements LoggerContextListener, ConfigurationEventListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onStart(LoggerContext context) {
            reconcile();
        }

        @Override
        public void onReset(LoggerContext context) {
            // Reset may drop configuration listeners; keep exactly one registration of ours.
            context.removeConfigurationEventListener(this);
            context.addConfigurationEventListener(this);
            reconcile();
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }

        @Override
        public void listen(ConfigurationEvent event) {
            if (event.getEventType() == ConfigurationEvent.EventType.CONFIGURATION_ENDED_SUCCESSFULLY
                    || event.getEventType() == ConfigurationEvent.EventType.PARTIAL_CONFIGURATION_ENDED_SUCCESSFULLY) {
                reconcile();
            }
        }
    }
}
