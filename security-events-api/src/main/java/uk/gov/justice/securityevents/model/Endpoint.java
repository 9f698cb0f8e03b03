package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/**
 * A network endpoint ({@code src_endpoint}, {@code dst_endpoint}): IP literal, port, host name, service name.
 * IPs are checked for syntax only; no DNS look-up is ever made. Needs an IP, a host name or a service name.
 */
public final class Endpoint {
    private final String ip;
    private final Integer port;
    private final String hostname;
    private final String serviceName;

    private Endpoint(Builder b) {
        this.ip = Validate.ip(b.ip, b.field + ".ip");
        this.port = Validate.port(b.port, b.field + ".port");
        this.hostname = Validate.optionalNonBlank(b.hostname, b.field + ".hostname");
        this.serviceName = Validate.optionalNonBlank(b.serviceName, b.field + ".svc_name");
        Validate.atLeastOne(b.field, "ip, hostname, svc_name", ip, hostname, serviceName);
    }

    /** An endpoint with an IP literal. */
    public static Endpoint ip(String ip) {
        return builder().ip(ip).build();
    }

    /** An endpoint with an IP literal and port. */
    public static Endpoint of(String ip, int port) {
        return builder().ip(ip).port(port).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** IP literal, or null. */
    public String ip() {
        return ip;
    }

    /** Port, or null. */
    public Integer port() {
        return port;
    }

    /** Host name, or null. */
    public String hostname() {
        return hostname;
    }

    /** Service name, or null. */
    public String serviceName() {
        return serviceName;
    }

    @Override
    public String toString() {
        return "Endpoint[" + (ip != null ? ip : hostname != null ? hostname : serviceName)
                + (port != null ? ":" + port : "") + "]";
    }

    /** Builds an {@link Endpoint}. */
    public static final class Builder {
        private String ip;
        private Integer port;
        private String hostname;
        private String serviceName;
        private String field = "endpoint";

        private Builder() {
        }

        /** IP literal (IPv4 or IPv6, optionally with a zone). */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /** Port, 0–65535. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Host name. */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** Service name (e.g. {@code "sshd"}, {@code "case-api"}). */
        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /** Builds the endpoint; fails naming the field on a bad IP or port. */
        public Endpoint build() {
            return new Endpoint(this);
        }
    }
}
