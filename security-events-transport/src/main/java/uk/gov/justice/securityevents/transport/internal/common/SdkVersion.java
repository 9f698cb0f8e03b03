package uk.gov.justice.securityevents.transport.internal.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This SDK's version, from a resource filtered by Maven at build time. */
public final class SdkVersion {

    /** Software name reported in syslog {@code origin} and similar places. */
    public static final String SOFTWARE = "security-events-java";

    private static final String VERSION = load();

    private SdkVersion() {
    }

    /** @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} if the resource is missing */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream(
                "/uk/gov/justice/securityevents/transport/internal/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
