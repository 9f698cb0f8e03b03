package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3e: an IP address was leased (acknowledged) to a client (DHCP Ack). */
public final class IpAddressAllocated extends DhcpActivityEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(IpAddressAllocated.class, Principle.P3E,
            Classification.of(OcsfClass.DHCP_ACTIVITY, 5, "Ack", "net_ip_allocated", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    private IpAddressAllocated(Builder b) {
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

    /** Builds an {@link IpAddressAllocated}. */
    public static final class Builder extends DhcpActivityEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public IpAddressAllocated build() {
            return new IpAddressAllocated(this);
        }
    }
}
