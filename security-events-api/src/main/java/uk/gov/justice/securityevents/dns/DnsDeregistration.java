package uk.gov.justice.securityevents.dns;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 4c: an infrastructure node or end-user device removed its name from DNS (dynamic update). */
public final class DnsDeregistration extends DnsUpdateEvent {
    /** This event's type: succeeded, failed (e.g. REFUSED: a possible name hijack). */
    public static final EventType TYPE = EventType.of(DnsDeregistration.class, Principle.P4C,
            Classification.of(OcsfClass.DNS_ACTIVITY, 1, "Query", "dns_deregistered", Severity.INFORMATIONAL,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.DNS_ACTIVITY, 1, "Query", "dns_deregister_fail", Severity.LOW,
                    Outcome.FAILURE));

    private DnsDeregistration(Builder b) {
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

    /** Builds a {@link DnsDeregistration}. */
    public static final class Builder extends DnsUpdateEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public DnsDeregistration build() {
            deriveQuery();
            return new DnsDeregistration(this);
        }
    }
}
