package uk.gov.justice.securityevents.network;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 5a: a service daemon refused an inbound connection (direction Inbound, action Denied). The reason is the
 * {@code status_detail} and sets the {@code disposition_id}.
 */
public final class InboundConnectionRejected extends NetworkConnectionEvent {
    /** Why the connection was refused, with its OCSF disposition. */
    public enum Reason {
        /** Blocked by policy: disposition 2 Blocked. */
        BLOCKED(2),
        /** Silently dropped: disposition 6 Dropped. */
        DROPPED(6),
        /** Reset: disposition 21 Reset. */
        RESET(21),
        /** The client was not authorised (e.g. mTLS or IP allow-list): disposition 26 Unauthorized. */
        UNAUTHORIZED(26),
        /** Anything else: disposition 99 Other. */
        OTHER(99);

        private final int dispositionId;

        Reason(int dispositionId) {
            this.dispositionId = dispositionId;
        }
    }

    /** This event's type. */
    public static final EventType TYPE = EventType.of(InboundConnectionRejected.class, Principle.P5A,
            Classification.of(OcsfClass.NETWORK_ACTIVITY, 5, "Refuse", "net_inbound_rejected", Severity.LOW,
                    Outcome.FAILURE));

    private final Reason reason;

    private InboundConnectionRejected(Builder b) {
        super(b);
        this.reason = Validate.required(b.reason, "status_detail (reason)");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Why the connection was refused. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String statusDetail() {
        return reason.name();
    }

    @Override
    public int directionId() {
        return DIRECTION_INBOUND;
    }

    @Override
    public Integer actionId() {
        return ACTION_DENIED;
    }

    @Override
    public Integer dispositionId() {
        return reason.dispositionId;
    }

    /** Builds an {@link InboundConnectionRejected}. */
    public static final class Builder extends NetworkConnectionEvent.Builder<Builder> {
        private Reason reason;

        private Builder() {
        }

        /** Why the connection was refused (required). */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public InboundConnectionRejected build() {
            return new InboundConnectionRejected(this);
        }
    }
}
