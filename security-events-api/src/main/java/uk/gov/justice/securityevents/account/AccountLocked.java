package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/** UD: an account was locked, with the reason as {@code status_detail} (OWASP {@code authn_login_lock}). */
public final class AccountLocked extends AccountChangeEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(AccountLocked.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 9, "Lock", "authn_login_lock", Severity.MEDIUM,
                    Outcome.SUCCESS));

    /** Why the account was locked; OWASP's {@code authn_login_lock} reasons. */
    public enum Reason {
        /** Too many failed logins. */
        MAX_RETRIES,
        /** Suspicious activity was detected. */
        SUSPICIOUS_ACTIVITY,
        /** An administrator locked it. */
        ADMIN_ACTION,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;

    private AccountLocked(Builder b) {
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

    /** Why the account was locked. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String statusDetail() {
        return reason.name();
    }

    /** Builds an {@link AccountLocked}. */
    public static final class Builder extends AccountChangeEvent.Builder<Builder> {
        private Reason reason;

        private Builder() {
        }

        /** Why the account was locked (required). */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public AccountLocked build() {
            return new AccountLocked(this);
        }
    }
}
