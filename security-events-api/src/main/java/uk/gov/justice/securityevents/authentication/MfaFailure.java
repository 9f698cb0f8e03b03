package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 1b: verification of a second factor failed, with the reason as {@code status_detail} {@code MFA_<REASON>}
 * (e.g. {@code MFA_PUSH_DENIED}, which the SOC watches for MFA fatigue attacks).
 */
public final class MfaFailure extends MfaEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(MfaFailure.class, Principle.P1B,
            Classification.of(OcsfClass.AUTHENTICATION, Classification.ACTIVITY_OTHER, "MFA Verification",
                    "authn_mfa_fail", Severity.MEDIUM, Outcome.FAILURE));

    /** Why the verification failed. */
    public enum Reason {
        /** A wrong code was entered. */
        CODE_INVALID,
        /** The code had expired. */
        CODE_EXPIRED,
        /** The user rejected a push notification. */
        PUSH_DENIED,
        /** The user did not respond in time. */
        TIMED_OUT,
        /** The factor is locked after too many failures. */
        FACTOR_LOCKED,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;

    private MfaFailure(Builder b) {
        super(b);
        this.reason = Validate.required(b.reason, "status_detail (reason)");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Why the verification failed. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String statusDetail() {
        return "MFA_" + reason.name();
    }

    @Override
    public Boolean mfa() {
        return Boolean.TRUE;
    }

    /** Builds an {@link MfaFailure}. */
    public static final class Builder extends MfaEvent.Builder<Builder> {
        private Reason reason;

        private Builder() {
        }

        /** Why the verification failed (required). */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public MfaFailure build() {
            return new MfaFailure(this);
        }
    }
}
