package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** UD: an MFA factor was enabled for an account; the factor is required. */
public final class MfaFactorEnabled extends MfaFactorEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(MfaFactorEnabled.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 10, "MFA Factor Enable", "authn_mfa_enabled", Severity.LOW, Outcome.SUCCESS));

    private MfaFactorEnabled(Builder b) {
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

    /** Builds a {@link MfaFactorEnabled}. */
    public static final class Builder extends MfaFactorEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public MfaFactorEnabled build() {
            return new MfaFactorEnabled(this);
        }
    }
}
