package uk.gov.justice.securityevents.network;

import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Endpoint;

/**
 * Events carried by OCSF Network Activity (4001): connections to and from a service. Both ends are required
 * ({@code src_endpoint} is the initiator, {@code dst_endpoint} the responder); the direction and any
 * security-control decision ({@code action_id}, {@code disposition_id}) are fixed by each event class.
 */
public abstract class NetworkConnectionEvent extends SecurityEvent {
    /** OCSF {@code connection_info.direction_id} 1. */
    protected static final int DIRECTION_INBOUND = 1;
    /** OCSF {@code connection_info.direction_id} 2. */
    protected static final int DIRECTION_OUTBOUND = 2;
    /** OCSF {@code action_id} 1. */
    protected static final int ACTION_ALLOWED = 1;
    /** OCSF {@code action_id} 2. */
    protected static final int ACTION_DENIED = 2;

    private final Endpoint source;
    private final Endpoint destination;
    private final TransportProtocol protocol;
    private final String connectionUid;

    /**
     * Copies and checks the shared fields.
     *
     * @param builder the builder
     */
    protected NetworkConnectionEvent(Builder<?> builder) {
        super(builder);
        this.source = Validate.required(builder.source, "src_endpoint");
        this.destination = Validate.required(builder.destination, "dst_endpoint");
        this.protocol = builder.protocol;
        this.connectionUid = Validate.optionalNonBlank(builder.connectionUid, "connection_info.uid");
    }

    /** The initiator ({@code src_endpoint}). */
    public Endpoint source() {
        return source;
    }

    /** The responder ({@code dst_endpoint}). */
    public Endpoint destination() {
        return destination;
    }

    /** The IP protocol ({@code connection_info.protocol_num}), or null. */
    public TransportProtocol protocol() {
        return protocol;
    }

    /** A connection or flow id ({@code connection_info.uid}), or null. */
    public String connectionUid() {
        return connectionUid;
    }

    /** OCSF {@code connection_info.direction_id}, fixed by the event class. */
    public abstract int directionId();

    /** OCSF {@code action_id} of the control that decided, or null when no control decided. */
    public Integer actionId() {
        return null;
    }

    /** OCSF {@code disposition_id}, or null. */
    public Integer dispositionId() {
        return null;
    }

    @Override
    protected Object subject() {
        return source + " -> " + destination;
    }

    /**
     * Builder fields shared by connection events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private Endpoint source;
        private Endpoint destination;
        private TransportProtocol protocol;
        private String connectionUid;

        /** For subclasses. */
        protected Builder() {
        }

        /** The initiator (required). */
        public B source(Endpoint source) {
            this.source = source;
            return self();
        }

        /** The responder (required). */
        public B destination(Endpoint destination) {
            this.destination = destination;
            return self();
        }

        /** The IP protocol. */
        public B protocol(TransportProtocol protocol) {
            this.protocol = protocol;
            return self();
        }

        /** A connection or flow id. */
        public B connectionUid(String connectionUid) {
            this.connectionUid = connectionUid;
            return self();
        }
    }
}
