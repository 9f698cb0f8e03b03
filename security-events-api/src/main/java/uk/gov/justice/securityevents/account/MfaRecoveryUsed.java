package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.authentication.MfaEvent;

/**
 * UD: a user authenticated with an MFA recovery method (security question, e-mail link, backup OTP code) instead of
 * their usual factor: Authentication "Other" (99) named {@code MFA Recovery}. The recovery factor is required.
 */
public final class MfaRecoveryUsed extends MfaEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(MfaRecoveryUsed.class, Principle.UD,
            Classification.of(OcsfClass.AUTHENTICATION, Classification.ACTIVITY_OTHER, "MFA Recovery",
                    "authn_mfa_recovery_used", Severity.MEDIUM, Outcome.SUCCESS));

    private MfaRecoveryUsed(Builder b) {
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

    /** Builds an {@link MfaRecoveryUsed}. */
    public static final class Builder extends MfaEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public MfaRecoveryUsed build() {
            return new MfaRecoveryUsed(this);
        }
    }
}
