package uk.gov.justice.securityevents.network;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 5a: a service daemon accepted an inbound connection (direction Inbound, action and disposition Allowed). */
public final class InboundConnectionAccepted extends NetworkConnectionEvent {
    /** OCSF {@code disposition_id} 1 Allowed. */
    private static final int DISPOSITION_ALLOWED = 1;

    /** This event's type. */
    public static final EventType TYPE = EventType.of(InboundConnectionAccepted.class, Principle.P5A,
            Classification.of(OcsfClass.NETWORK_ACTIVITY, 1, "Open", "net_inbound_accepted",
                    Severity.INFORMATIONAL, Outcome.SUCCESS));

    private InboundConnectionAccepted(Builder b) {
        super(b);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    @Override
    public int directionId() {
        return DIRECTION_INBOUND;
    }

    @Override
    public Integer actionId() {
        return ACTION_ALLOWED;
    }

    @Override
    public Integer dispositionId() {
        return DISPOSITION_ALLOWED;
    }

    /** Builds an {@link InboundConnectionAccepted}. */
    public static final class Builder extends NetworkConnectionEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public InboundConnectionAccepted build() {
            return new InboundConnectionAccepted(this);
        }
    }
}
