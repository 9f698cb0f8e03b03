package uk.gov.justice.securityevents.log4j2;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Loads a real log4j2.xml as Log4j2 does: {@link Configurator#initialize(String, ClassLoader, URI)} for the first
 * configuration of the JVM, a reconfiguration (what {@code monitorInterval} and {@code Configurator.reconfigure} do)
 * afterwards. Settings reach the files as {@code ${sys:NAME}} system properties.
 */
final class Log4j2Config {
    private static final List<String> SET = new ArrayList<>();

    private Log4j2Config() {
    }

    static LoggerContext load(String resource, Map<String, String> properties) throws URISyntaxException {
        SET.forEach(System::clearProperty);
        SET.clear();
        properties.forEach((k, v) -> {
            System.setProperty(k, v);
            SET.add(k);
        });
        return load(Log4j2Config.class.getClassLoader().getResource(resource).toURI());
    }

    static LoggerContext load(URI uri) {
        ClassLoader loader = Log4j2Config.class.getClassLoader();
        if (!LogManager.getFactory().hasContext(Log4j2Config.class.getName(), loader, false)) {
            return Configurator.initialize(uri.toString(), loader, uri);
        }
        LoggerContext context = (LoggerContext) LogManager.getContext(loader, false);
        Configuration config = ConfigurationFactory.getInstance().getConfiguration(context, uri.toString(), uri);
        if (context.isInitialized() || context.isStopped()) {
            context.start(config);
        } else {
            context.reconfigure(config);
        }
        return context;
    }
}
