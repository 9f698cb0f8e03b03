package uk.gov.justice.securityevents.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Loads a real logback XML file into the live logger context, as Logback does at start-up. */
final class LogbackConfig {
    private LogbackConfig() {
    }

    static LoggerContext load(String resource, Map<String, String> properties) throws JoranException {
        return load(LogbackConfig.class.getClassLoader().getResource(resource), properties);
    }

    static LoggerContext load(URL url, Map<String, String> properties) throws JoranException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.getStatusManager().clear();
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(url);
        // A context stopped by an earlier test must be started again, as Logback does at initialisation; otherwise
        // LoggerContext.stop() would be a no-op.
        if (!context.isStarted()) {
            context.start();
        }
        return context;
    }

    static List<Status> statuses() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getStatusManager().getCopyOfStatusList();
    }

    /** Status messages at or above {@code level} ({@link Status#INFO}, {@link Status#WARN}, {@link Status#ERROR}). */
    static List<String> statusMessages(int level) {
        return statuses().stream().filter(s -> s.getLevel() >= level).map(Status::getMessage)
                .collect(Collectors.toList());
    }
}
