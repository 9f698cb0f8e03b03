package uk.gov.justice.securityevents.dns;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 4a: a DNS query and its response in one record (OCSF activity 6 Traffic). The response code decides the outcome:
 * {@code NOERROR} is {@code dns_query_success}, anything else {@code dns_query_fail} with the code as
 * {@code status_detail}.
 */
public final class DnsQuery extends DnsActivityEvent {
    /** This event's type: success, failure. */
    public static final EventType TYPE = EventType.of(DnsQuery.class, Principle.P4A,
            Classification.of(OcsfClass.DNS_ACTIVITY, 6, "Traffic", "dns_query_success", Severity.INFORMATIONAL,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.DNS_ACTIVITY, 6, "Traffic", "dns_query_fail", Severity.LOW,
                    Outcome.FAILURE));

    private DnsQuery(Builder b) {
        super(b);
        Validate.required(responseCode(), "rcode_id (response code)");
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
    public Classification classification() {
        return TYPE.classifications().get(succeeded() ? 0 : 1);
    }

    private boolean succeeded() {
        return responseCode() == DnsResponseCode.NOERROR;
    }

    @Override
    public String statusDetail() {
        return succeeded() ? null : responseCode().name();
    }

    /** Builds a {@link DnsQuery}. */
    public static final class Builder extends DnsActivityEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public DnsQuery build() {
            return new DnsQuery(this);
        }
    }
}
