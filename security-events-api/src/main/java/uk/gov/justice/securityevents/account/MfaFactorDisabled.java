package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** UD: an MFA factor was disabled for an account, weakening it; the factor is required. */
public final class MfaFactorDisabled extends MfaFactorEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(MfaFactorDisabled.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 11, "MFA Factor Disable", "authn_mfa_disabled", Severity.MEDIUM, Outcome.SUCCESS));

    private MfaFactorDisabled(Builder b) {
        super(b, true);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Builds a {@link MfaFactorDisabled}. */
    public static final class Builder extends MfaFactorEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public MfaFactorDisabled build() {
            return new MfaFactorDisabled(this);
        }
    }
}
