package uk.gov.justice.securityevents.dns;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 4c: an infrastructure node or end-user device registered its name in DNS (dynamic update). */
public final class DnsRegistration extends DnsUpdateEvent {
    /** This event's type: succeeded, failed (e.g. REFUSED: a possible name hijack). */
    public static final EventType TYPE = EventType.of(DnsRegistration.class, Principle.P4C,
            Classification.of(OcsfClass.DNS_ACTIVITY, 1, "Query", "dns_registered", Severity.INFORMATIONAL,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.DNS_ACTIVITY, 1, "Query", "dns_register_fail", Severity.LOW,
                    Outcome.FAILURE));

    private DnsRegistration(Builder b) {
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

    /** Builds a {@link DnsRegistration}. */
    public static final class Builder extends DnsUpdateEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public DnsRegistration build() {
            deriveQuery();
            return new DnsRegistration(this);
        }
    }
}
