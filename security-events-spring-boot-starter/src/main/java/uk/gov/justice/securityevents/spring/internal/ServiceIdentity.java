package uk.gov.justice.securityevents.spring.internal;

import java.io.IOException;
import java.util.Properties;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.spring.SecurityEventsProperties;

/**
 * Who is emitting: service name, version, environment and tenant, each from its property or its documented Spring
 * default. Resolved from the {@link Environment} alone so it is usable before any bean exists.
 */
public final class ServiceIdentity {
    /** Where Boot's build-info goes by default, overridable with {@code spring.info.build.location}. */
    static final String DEFAULT_BUILD_INFO = "classpath:META-INF/build-info.properties";

    private final String serviceName;
    private final String serviceVersion;
    private final String environment;
    private final String tenant;

    ServiceIdentity(String serviceName, String serviceVersion, String environment, String tenant) {
        this.serviceName = serviceName;
        this.serviceVersion = serviceVersion;
        this.environment = environment;
        this.tenant = tenant;
    }

    /**
     * Resolves the identity.
     *
     * @param env        the environment
     * @param properties the bound properties
     * @return the identity
     */
    public static ServiceIdentity resolve(Environment env, SecurityEventsProperties properties) {
        String name = firstNonBlank(properties.getServiceName(), env.getProperty("spring.application.name"),
                ServiceContext.DEFAULT_SERVICE_NAME);
        String version = firstNonBlank(properties.getServiceVersion(), buildVersion(env), null);
        String profiles = String.join(",", env.getActiveProfiles());
        String environment = firstNonBlank(properties.getEnvironment(), profiles, null);
        return new ServiceIdentity(name, version, environment, properties.getTenant());
    }

    /** The build-info version, read as Boot's ProjectInfoAutoConfiguration does; null when there is none. */
    private static String buildVersion(Environment env) {
        String location = env.getProperty("spring.info.build.location", DEFAULT_BUILD_INFO);
        Resource resource = new DefaultResourceLoader(ServiceIdentity.class.getClassLoader()).getResource(location);
        if (!resource.exists()) {
            return null;
        }
        try {
            Properties build = PropertiesLoaderUtils.loadProperties(resource);
            return build.getProperty("build.version");
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstNonBlank(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        if (b != null && !b.isBlank()) {
            return b.trim();
        }
        return fallback;
    }

    /** {@code metadata.product.name}. */
    public String serviceName() {
        return serviceName;
    }

    /** {@code metadata.product.version}, or null. */
    public String serviceVersion() {
        return serviceVersion;
    }

    /** The environment label, or null. */
    public String environment() {
        return environment;
    }

    /** The tenant, or null. */
    public String tenant() {
        return tenant;
    }

    @Override
    public String toString() {
        return serviceName + (serviceVersion != null ? " " + serviceVersion : "")
                + (environment != null ? " env=" + environment : "") + (tenant != null ? " tenant=" + tenant : "");
    }
}
