package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/** 1a: a login failed, with the reason ({@code status_detail}). */
public final class LoginFailure extends AuthenticationEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(LoginFailure.class, Principle.P1A,
            Classification.of(OcsfClass.AUTHENTICATION, 1, "Logon", "authn_login_fail", Severity.MEDIUM,
                    Outcome.FAILURE));

    /** Why the login failed; the names are OCSF's {@code status_detail} examples where OCSF has one. */
    public enum Reason {
        /** Wrong password or other credential. */
        INVALID_CREDENTIALS,
        /** No such user. */
        USER_DOES_NOT_EXIST,
        /** The account is locked. */
        ACCOUNT_LOCKED_OUT,
        /** The account is disabled. */
        ACCOUNT_DISABLED,
        /** The account has expired. */
        ACCOUNT_EXPIRED,
        /** The password has expired. */
        PASSWORD_EXPIRED,
        /** Another credential (certificate, token) has expired. */
        CREDENTIALS_EXPIRED,
        /** The request was malformed or the method is not allowed. */
        BAD_REQUEST,
        /** The identity provider or credential store failed. */
        PROVIDER_ERROR,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;

    private LoginFailure(Builder b) {
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

    /** Why the login failed. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String statusDetail() {
        return reason.name();
    }

    /** Builds a {@link LoginFailure}. */
    public static final class Builder extends AuthenticationEvent.Builder<Builder> {
        private Reason reason;

        private Builder() {
        }

        /** Why the login failed (required). */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public LoginFailure build() {
            return new LoginFailure(this);
        }
    }
}
