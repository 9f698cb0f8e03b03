package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3e: an IP address was released by a client (DHCP Release). */
public final class IpAddressReleased extends DhcpActivityEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(IpAddressReleased.class, Principle.P3E,
            Classification.of(OcsfClass.DHCP_ACTIVITY, 7, "Release", "net_ip_released", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    private IpAddressReleased(Builder b) {
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

    /** Builds an {@link IpAddressReleased}. */
    public static final class Builder extends DhcpActivityEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public IpAddressReleased build() {
            return new IpAddressReleased(this);
        }
    }
}
