package uk.gov.justice.securityevents.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 4b: the status of a recursive lookup made by a resolver. The recursion status is the outcome
 * ({@code status_detail}); the RD/RA header bits go on each answer as OCSF flag ids (3 Recursion Desired,
 * 4 Recursion Available) and, because OCSF 1.8.0 has no event-level DNS flags, also as
 * {@code unmapped.recursion_desired}/{@code recursion_available}.
 */
public final class DnsRecursiveLookup extends DnsActivityEvent {
    /** OCSF {@code dns_answer.flag_ids} 3. */
    private static final int FLAG_RECURSION_DESIRED = 3;
    /** OCSF {@code dns_answer.flag_ids} 4. */
    private static final int FLAG_RECURSION_AVAILABLE = 4;

    /** How the recursive lookup ended. */
    public enum RecursionStatus {
        /** Resolved. */
        RESOLVED,
        /** Recursion was attempted and failed (e.g. upstream timeout, SERVFAIL). */
        FAILED,
        /** The resolver refused to recurse for this client. */
        REFUSED,
        /** Recursion is not available on this resolver. */
        NOT_AVAILABLE
    }

    /** This event's type: resolved, not resolved. */
    public static final EventType TYPE = EventType.of(DnsRecursiveLookup.class, Principle.P4B,
            Classification.of(OcsfClass.DNS_ACTIVITY, 6, "Traffic", "dns_recursive_lookup", Severity.INFORMATIONAL,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.DNS_ACTIVITY, 6, "Traffic", "dns_recursive_lookup_fail", Severity.LOW,
                    Outcome.FAILURE));

    private final RecursionStatus status;
    private final Boolean recursionDesired;
    private final Boolean recursionAvailable;

    private DnsRecursiveLookup(Builder b) {
        super(b);
        this.status = Validate.required(b.status, "status_detail (recursion status)");
        this.recursionDesired = b.recursionDesired;
        this.recursionAvailable = b.recursionAvailable;
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
        return TYPE.classifications().get(status == RecursionStatus.RESOLVED ? 0 : 1);
    }

    /** How the lookup ended. */
    public RecursionStatus status() {
        return status;
    }

    /** The RD bit of the query, or null. */
    public Boolean recursionDesired() {
        return recursionDesired;
    }

    /** The RA bit of the response, or null. */
    public Boolean recursionAvailable() {
        return recursionAvailable;
    }

    @Override
    public String statusDetail() {
        return status.name();
    }

    @Override
    public List<Integer> answerFlagIds() {
        List<Integer> flags = new ArrayList<>(2);
        if (Boolean.TRUE.equals(recursionDesired)) {
            flags.add(FLAG_RECURSION_DESIRED);
        }
        if (Boolean.TRUE.equals(recursionAvailable)) {
            flags.add(FLAG_RECURSION_AVAILABLE);
        }
        return List.copyOf(flags);
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("recursion_desired", recursionDesired, "recursion_available", recursionAvailable);
    }

    /** Builds a {@link DnsRecursiveLookup}. */
    public static final class Builder extends DnsActivityEvent.Builder<Builder> {
        private RecursionStatus status;
        private Boolean recursionDesired;
        private Boolean recursionAvailable;

        private Builder() {
        }

        /** How the lookup ended (required). */
        public Builder status(RecursionStatus status) {
            this.status = status;
            return this;
        }

        /** The RD bit of the query. */
        public Builder recursionDesired(boolean recursionDesired) {
            this.recursionDesired = recursionDesired;
            return this;
        }

        /** The RA bit of the response. */
        public Builder recursionAvailable(boolean recursionAvailable) {
            this.recursionAvailable = recursionAvailable;
            return this;
        }

        @Override
        public DnsRecursiveLookup build() {
            return new DnsRecursiveLookup(this);
        }
    }
}
