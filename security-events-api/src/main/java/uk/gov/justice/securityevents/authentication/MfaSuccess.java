package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/**
 * 1b: a second factor was verified. OCSF 1.8.0 has no MFA activity, so this is Authentication "Other" (99) named
 * {@code MFA Verification}, with {@code is_mfa} true and the factor in {@code auth_factors}.
 */
public final class MfaSuccess extends MfaEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(MfaSuccess.class, Principle.P1B,
            Classification.of(OcsfClass.AUTHENTICATION, Classification.ACTIVITY_OTHER, "MFA Verification",
                    "authn_mfa_success", Severity.INFORMATIONAL, Outcome.SUCCESS));

    private MfaSuccess(Builder b) {
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

    @Override
    public Boolean mfa() {
        return Boolean.TRUE;
    }

    /** Builds an {@link MfaSuccess}. */
    public static final class Builder extends MfaEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public MfaSuccess build() {
            return new MfaSuccess(this);
        }
    }
}
