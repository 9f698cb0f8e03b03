package uk.gov.justice.securityevents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * What an appender or the starter adds to every event so callers need not repeat it: the emitting service
 * ({@code metadata.product}), environment ({@code metadata.labels}), tenant ({@code metadata.tenant_uid}), host
 * ({@code device}) and cloud ({@code cloud}).
 */
public final class ServiceContext {
    /** Service name used when none is configured. */
    public static final String DEFAULT_SERVICE_NAME = "unknown-service";
    /** Vendor used when none is configured. */
    public static final String DEFAULT_VENDOR_NAME = "Ministry of Justice";

    private final String serviceName;
    private final String serviceVersion;
    private final String vendorName;
    private final String environment;
    private final String tenant;
    private final String hostname;
    private final String hostUid;
    private final String cloudProvider;
    private final String cloudRegion;

    private ServiceContext(Builder b) {
        this.serviceName = Validate.nonBlank(b.serviceName, "serviceName");
        this.serviceVersion = Validate.optionalNonBlank(b.serviceVersion, "serviceVersion");
        this.vendorName = Validate.nonBlank(b.vendorName, "vendorName");
        this.environment = Validate.optionalNonBlank(b.environment, "environment");
        this.tenant = Validate.optionalNonBlank(b.tenant, "tenant");
        this.hostname = Validate.optionalNonBlank(b.hostname, "hostname");
        this.hostUid = Validate.optionalNonBlank(b.hostUid, "hostUid");
        this.cloudProvider = Validate.optionalNonBlank(b.cloudProvider, "cloudProvider");
        this.cloudRegion = Validate.optionalNonBlank(b.cloudRegion, "cloudRegion");
        if (cloudRegion != null && cloudProvider == null) {
            throw new IllegalArgumentException("cloudProvider is required when cloudRegion is set");
        }
    }

    /** A context with the default service name and the detected host name. */
    public static ServiceContext defaults() {
        return builder().build();
    }

    /** A builder, with the host name detected from the environment (never through DNS). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The host name from {@code HOSTNAME} or the kernel, without a DNS look-up; null when neither is available.
     *
     * @return the host name or null
     */
    public static String detectHostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            try {
                String name = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | SecurityException e) {
                // not on Linux or not readable: try the next source
            }
        }
        return null;
    }

    /** {@code metadata.product.name}. */
    public String serviceName() {
        return serviceName;
    }

    /** {@code metadata.product.version}, or null. */
    public String serviceVersion() {
        return serviceVersion;
    }

    /** {@code metadata.product.vendor_name}. */
    public String vendorName() {
        return vendorName;
    }

    /** Environment such as {@code production}, carried as label {@code environment:<value>}, or null. */
    public String environment() {
        return environment;
    }

    /** {@code metadata.tenant_uid}, or null. */
    public String tenant() {
        return tenant;
    }

    /** {@code device.hostname}, or null. */
    public String hostname() {
        return hostname;
    }

    /** {@code device.uid}, or null. */
    public String hostUid() {
        return hostUid;
    }

    /** {@code cloud.provider}, or null. */
    public String cloudProvider() {
        return cloudProvider;
    }

    /** {@code cloud.region}, or null. */
    public String cloudRegion() {
        return cloudRegion;
    }

    /** A builder pre-filled with this context. */
    public Builder toBuilder() {
        return new Builder().serviceName(serviceName).serviceVersion(serviceVersion).vendorName(vendorName)
                .environment(environment).tenant(tenant).hostname(hostname).hostUid(hostUid)
                .cloudProvider(cloudProvider).cloudRegion(cloudRegion);
    }

    @Override
    public String toString() {
        return "ServiceContext[" + serviceName + " " + serviceVersion + ", env=" + environment + ", tenant=" + tenant
                + ", host=" + hostname + "]";
    }

    /** Builds a {@link ServiceContext}. */
    public static final class Builder {
        private String serviceName = DEFAULT_SERVICE_NAME;
        private String serviceVersion;
        private String vendorName = DEFAULT_VENDOR_NAME;
        private String environment;
        private String tenant;
        private String hostname = detectHostname();
        private String hostUid;
        private String cloudProvider;
        private String cloudRegion;

        private Builder() {
        }

        /** Service name; default {@value ServiceContext#DEFAULT_SERVICE_NAME}. */
        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /** Service version. */
        public Builder serviceVersion(String serviceVersion) {
            this.serviceVersion = serviceVersion;
            return this;
        }

        /** Vendor; default {@value ServiceContext#DEFAULT_VENDOR_NAME}. */
        public Builder vendorName(String vendorName) {
            this.vendorName = vendorName;
            return this;
        }

        /** Environment, e.g. {@code production}. */
        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        /** Tenant (MoJ team or platform tenant id). */
        public Builder tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        /** Host name; default detected from {@code HOSTNAME} or the kernel. */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** Host unique id (instance id, pod uid). */
        public Builder hostUid(String hostUid) {
            this.hostUid = hostUid;
            return this;
        }

        /** Cloud provider, e.g. {@code AWS}. */
        public Builder cloudProvider(String cloudProvider) {
            this.cloudProvider = cloudProvider;
            return this;
        }

        /** Cloud region, e.g. {@code eu-west-2}. */
        public Builder cloudRegion(String cloudRegion) {
            this.cloudRegion = cloudRegion;
            return this;
        }

        /** Builds the context; fails naming the setting at fault. */
        public ServiceContext build() {
            return new ServiceContext(this);
        }
    }
}
