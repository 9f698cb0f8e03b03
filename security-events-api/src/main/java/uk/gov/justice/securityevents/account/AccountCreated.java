package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** UD: an account was created; {@code user} is the new account, {@code actor} its creator. */
public final class AccountCreated extends AccountChangeEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(AccountCreated.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 1, "Create", "user_created", Severity.LOW, Outcome.SUCCESS));

    private AccountCreated(Builder b) {
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

    /** Builds a {@link AccountCreated}. */
    public static final class Builder extends AccountChangeEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public AccountCreated build() {
            return new AccountCreated(this);
        }
    }
}
