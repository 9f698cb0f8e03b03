package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.core.config.plugins.processor.PluginProcessor;
import org.junit.jupiter.api.Test;

/** The annotation processor wrote the plugin cache, so Log4j2 finds our plugins without a packages attribute. */
class PluginCacheTest {
    @Test
    void log4j2PluginsDatListsTheAppenderAndTheLayout() throws Exception {
        List<java.net.URL> caches = Collections.list(getClass().getClassLoader()
                .getResources(PluginProcessor.PLUGIN_CACHE_FILE));
        String ours = null;
        for (java.net.URL url : caches) {
            try (InputStream in = url.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                if (text.contains(SecurityEventsAppender.class.getName())) {
                    ours = text;
                }
            }
        }
        assertThat(ours).as("a Log4j2Plugins.dat naming our classes").isNotNull()
                .contains("securityevents", SecurityEventLayout.class.getName(), "core", "SecurityEvents");
    }
}
