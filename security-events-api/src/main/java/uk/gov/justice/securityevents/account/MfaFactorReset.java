package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/**
 * UD: an account's MFA was reset or rotated (e.g. by the service desk after a lost phone). OCSF 1.8.0 has no such
 * activity, so this is Account Change "Other" (99) named {@code MFA Factor Reset}; the factor is optional.
 */
public final class MfaFactorReset extends MfaFactorEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(MfaFactorReset.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, Classification.ACTIVITY_OTHER, "MFA Factor Reset",
                    "authn_mfa_reset", Severity.MEDIUM, Outcome.SUCCESS));

    private MfaFactorReset(Builder b) {
        super(b, false);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Builds an {@link MfaFactorReset}. */
    public static final class Builder extends MfaFactorEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public MfaFactorReset build() {
            return new MfaFactorReset(this);
        }
    }
}
