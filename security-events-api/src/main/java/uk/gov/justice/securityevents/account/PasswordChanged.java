package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** UD: an account's password was changed, usually by its owner ({@code actor} = {@code user}). Never carries the password. */
public final class PasswordChanged extends AccountChangeEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(PasswordChanged.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 3, "Password Change", "authn_password_change", Severity.LOW, Outcome.SUCCESS));

    private PasswordChanged(Builder b) {
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

    /** Builds a {@link PasswordChanged}. */
    public static final class Builder extends AccountChangeEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public PasswordChanged build() {
            return new PasswordChanged(this);
        }
    }
}
