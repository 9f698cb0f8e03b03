package uk.gov.justice.securityevents.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** Loads a real logback XML file into the live logger context, as Logback does at start-up. */
final class LogbackConfig {
    private LogbackConfig() {
    }

    static LoggerContext load(String resource, Map<String, String> properties) throws JoranException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.getStatusManager().clear();
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL url = LogbackConfig.class.getClassLoader().getResource(resource);
        configurator.doConfigure(url);
        return context;
    }

    static List<Status> statuses() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getStatusManager().getCopyOfStatusList();
    }
}
