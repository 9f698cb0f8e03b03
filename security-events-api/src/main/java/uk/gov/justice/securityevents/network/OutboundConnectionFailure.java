package uk.gov.justice.securityevents.network;

import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 5b: an outbound connection failed (direction Outbound). MoJ asks for failures <em>not</em> associated with an
 * inbound request (possible beaconing or misconfiguration), so the association is explicit:
 * {@code unmapped.inbound_request_associated} is written on every event, false unless the caller says otherwise,
 * and the SOC need not infer it from missing trace ids.
 */
public final class OutboundConnectionFailure extends NetworkConnectionEvent {
    /** Why the connection failed ({@code status_detail}). */
    public enum Reason {
        /** No answer in time. */
        TIMEOUT,
        /** The peer refused the connection. */
        REFUSED,
        /** The peer or a middlebox reset the connection. */
        RESET,
        /** No route to the host or network. */
        UNREACHABLE,
        /** The peer's name could not be resolved. */
        DNS_FAILURE,
        /** The TLS handshake failed (e.g. an untrusted certificate). */
        TLS_FAILURE,
        /** Anything else. */
        OTHER
    }

    /** This event's type. */
    public static final EventType TYPE = EventType.of(OutboundConnectionFailure.class, Principle.P5B,
            Classification.of(OcsfClass.NETWORK_ACTIVITY, 4, "Fail", "net_outbound_fail", Severity.LOW,
                    Outcome.FAILURE));

    private final Reason reason;
    private final boolean inboundRequestAssociated;

    private OutboundConnectionFailure(Builder b) {
        super(b);
        this.reason = Validate.required(b.reason, "status_detail (reason)");
        this.inboundRequestAssociated = b.inboundRequestAssociated;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Why the connection failed. */
    public Reason reason() {
        return reason;
    }

    /** Whether the connection was made while serving an inbound request; false for the MoJ 5b case. */
    public boolean inboundRequestAssociated() {
        return inboundRequestAssociated;
    }

    @Override
    public String statusDetail() {
        return reason.name();
    }

    @Override
    public int directionId() {
        return DIRECTION_OUTBOUND;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("inbound_request_associated", inboundRequestAssociated);
    }

    /** Builds an {@link OutboundConnectionFailure}. */
    public static final class Builder extends NetworkConnectionEvent.Builder<Builder> {
        private Reason reason;
        private boolean inboundRequestAssociated;

        private Builder() {
        }

        /** Why the connection failed (required). */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        /** Whether the connection was made while serving an inbound request (default false). */
        public Builder inboundRequestAssociated(boolean inboundRequestAssociated) {
            this.inboundRequestAssociated = inboundRequestAssociated;
            return this;
        }

        @Override
        public OutboundConnectionFailure build() {
            return new OutboundConnectionFailure(this);
        }
    }
}
