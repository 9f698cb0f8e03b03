package uk.gov.justice.securityevents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own name and version, for {@code metadata.log_provider}. */
public final class SdkInfo {
    /** The SDK's name. */
    public static final String NAME = "security-events-java";
    /** The SDK's version, from the build. */
    public static final String VERSION = loadVersion();
    /** {@code metadata.log_provider}. */
    public static final String LOG_PROVIDER = NAME + "/" + VERSION;

    private SdkInfo() {
    }

    private static String loadVersion() {
        try (InputStream in = SdkInfo.class.getResourceAsStream("/uk/gov/justice/securityevents/sdk.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to "unknown": the version is informative only
        }
        return "unknown";
    }
}
