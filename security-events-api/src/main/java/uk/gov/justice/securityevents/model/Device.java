package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** A host, virtual machine or container ({@code device}). Needs a host name, uid or IP. */
public final class Device {
    private final DeviceType type;
    private final String hostname;
    private final String uid;
    private final String ip;
    private final String region;

    private Device(Builder b) {
        this.type = Validate.required(b.type, "device.type_id");
        this.hostname = Validate.optionalNonBlank(b.hostname, "device.hostname");
        this.uid = Validate.optionalNonBlank(b.uid, "device.uid");
        this.ip = Validate.ip(b.ip, "device.ip");
        this.region = Validate.optionalNonBlank(b.region, "device.region");
        Validate.atLeastOne("device", "hostname, uid, ip", hostname, uid, ip);
    }

    /** A device of the given type and host name. */
    public static Device of(DeviceType type, String hostname) {
        return builder().type(type).hostname(hostname).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Type. */
    public DeviceType type() {
        return type;
    }

    /** Host name, or null. */
    public String hostname() {
        return hostname;
    }

    /** Unique id (instance id, machine id), or null. */
    public String uid() {
        return uid;
    }

    /** IP literal, or null. */
    public String ip() {
        return ip;
    }

    /** Cloud region, or null. */
    public String region() {
        return region;
    }

    @Override
    public String toString() {
        return "Device[" + (hostname != null ? hostname : uid != null ? uid : ip) + "]";
    }

    /** Builds a {@link Device}. */
    public static final class Builder {
        private DeviceType type = DeviceType.SERVER;
        private String hostname;
        private String uid;
        private String ip;
        private String region;

        private Builder() {
        }

        /** Type; defaults to {@link DeviceType#SERVER}. */
        public Builder type(DeviceType type) {
            this.type = type;
            return this;
        }

        /** Host name. */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        /** Unique id. */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /** IP literal. */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /** Cloud region. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Builds the device. */
        public Device build() {
            return new Device(this);
        }
    }
}
