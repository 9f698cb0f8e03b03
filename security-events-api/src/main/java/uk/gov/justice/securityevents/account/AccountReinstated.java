package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * UD: a locked account was unlocked ({@code user_unlocked}) or a disabled one re-enabled ({@code user_enabled}); the
 * OCSF activity follows {@link How}.
 */
public final class AccountReinstated extends AccountChangeEvent {
    /** This event's type: Unlock first, Enable second. */
    public static final EventType TYPE = EventType.of(AccountReinstated.class, Principle.UD,
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 12, "Unlock", "user_unlocked", Severity.LOW,
                    Outcome.SUCCESS),
            Classification.of(OcsfClass.ACCOUNT_CHANGE, 2, "Enable", "user_enabled", Severity.LOW,
                    Outcome.SUCCESS));

    /** How the account was reinstated. */
    public enum How {
        /** A locked account was unlocked. */
        UNLOCKED,
        /** A disabled account was enabled again. */
        ENABLED
    }

    private final How how;

    private AccountReinstated(Builder b) {
        super(b);
        this.how = Validate.required(b.how, "activity_id (how)");
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
    public Classification classification() {
        return how == How.UNLOCKED ? TYPE.classification("user_unlocked") : TYPE.classification("user_enabled");
    }

    /** How the account was reinstated. */
    public How how() {
        return how;
    }

    /** Builds an {@link AccountReinstated}. */
    public static final class Builder extends AccountChangeEvent.Builder<Builder> {
        private How how;

        private Builder() {
        }

        /** How the account was reinstated (required). */
        public Builder how(How how) {
            this.how = how;
            return this;
        }

        @Override
        public AccountReinstated build() {
            return new AccountReinstated(this);
        }
    }
}
