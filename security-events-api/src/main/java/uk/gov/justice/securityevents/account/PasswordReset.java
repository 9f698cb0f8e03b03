package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** UD: an account's password was reset, by an administrator ({@code actor}) or a self-service flow. Never carries the password or reset token. */
public final class PasswordReset extends AccountChangeEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(PasswordReset.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 4, "Password Reset", "authn_password_reset", Severity.LOW, Outcome.SUCCESS));

    private PasswordReset(Builder b) {
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

    /** Builds a {@link PasswordReset}. */
    public static final class Builder extends AccountChangeEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public PasswordReset build() {
            return new PasswordReset(this);
        }
    }
}
