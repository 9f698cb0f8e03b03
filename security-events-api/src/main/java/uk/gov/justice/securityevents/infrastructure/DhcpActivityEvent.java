package uk.gov.justice.securityevents.infrastructure;

import java.time.Duration;
import java.util.regex.Pattern;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Endpoint;

/**
 * Events carried by OCSF DHCP Activity (4004): an IP address was leased to, or released by, a client. The client's
 * IP address is required ({@code src_endpoint.ip}); the DHCP server, if known, is {@code dst_endpoint}.
 */
public abstract class DhcpActivityEvent extends SecurityEvent {
    /** A 48-bit MAC address: six hex pairs separated by {@code :} or {@code -}. */
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}");

    private final String clientIp;
    private final String clientHostname;
    private final String clientMac;
    private final Endpoint server;
    private final Duration leaseDuration;
    private final Boolean renewal;
    private final String transactionUid;

    /**
     * Copies and checks the shared fields.
     *
     * @param builder the builder
     */
    protected DhcpActivityEvent(Builder<?> builder) {
        super(builder);
        this.clientIp = Validate.ip(Validate.nonBlank(builder.clientIp, "src_endpoint.ip"), "src_endpoint.ip");
        this.clientHostname = Validate.optionalNonBlank(builder.clientHostname, "src_endpoint.hostname");
        if (builder.clientMac != null && !MAC.matcher(builder.clientMac).matches()) {
            throw new IllegalArgumentException("src_endpoint.mac must be a MAC address like 00:1a:2b:3c:4d:5e");
        }
        this.clientMac = builder.clientMac;
        this.server = builder.server;
        if (builder.leaseDuration != null && (builder.leaseDuration.isNegative()
                || builder.leaseDuration.getSeconds() > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("lease_dur must be between 0 and " + Integer.MAX_VALUE
                    + " seconds but was " + builder.leaseDuration);
        }
        this.leaseDuration = builder.leaseDuration;
        this.renewal = builder.renewal;
        this.transactionUid = Validate.optionalNonBlank(builder.transactionUid, "transaction_uid");
    }

    /** The client's IP address ({@code src_endpoint.ip}). */
    public String clientIp() {
        return clientIp;
    }

    /** The client's host name ({@code src_endpoint.hostname}), or null. */
    public String clientHostname() {
        return clientHostname;
    }

    /** The client's MAC address ({@code src_endpoint.mac}), or null. */
    public String clientMac() {
        return clientMac;
    }

    /** The DHCP server ({@code dst_endpoint}), or null. */
    public Endpoint server() {
        return server;
    }

    /** Lease length ({@code lease_dur}, whole seconds), or null. */
    public Duration leaseDuration() {
        return leaseDuration;
    }

    /** Whether this renews an existing lease ({@code is_renewal}), or null. */
    public Boolean renewal() {
        return renewal;
    }

    /** The DHCP transaction id ({@code transaction_uid}), or null. */
    public String transactionUid() {
        return transactionUid;
    }

    @Override
    protected Object subject() {
        return clientIp;
    }

    /**
     * Builder fields shared by DHCP events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private String clientIp;
        private String clientHostname;
        private String clientMac;
        private Endpoint server;
        private Duration leaseDuration;
        private Boolean renewal;
        private String transactionUid;

        /** For subclasses. */
        protected Builder() {
        }

        /** The client's IP literal (required). */
        public B clientIp(String clientIp) {
            this.clientIp = clientIp;
            return self();
        }

        /** The client's host name. */
        public B clientHostname(String clientHostname) {
            this.clientHostname = clientHostname;
            return self();
        }

        /** The client's MAC address, e.g. {@code 00:1a:2b:3c:4d:5e}. */
        public B clientMac(String clientMac) {
            this.clientMac = clientMac;
            return self();
        }

        /** The DHCP server. */
        public B server(Endpoint server) {
            this.server = server;
            return self();
        }

        /** Lease length. */
        public B leaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
            return self();
        }

        /** Whether this renews an existing lease. */
        public B renewal(boolean renewal) {
            this.renewal = renewal;
            return self();
        }

        /** The DHCP transaction id ({@code xid}). */
        public B transactionUid(String transactionUid) {
            this.transactionUid = transactionUid;
            return self();
        }
    }
}
