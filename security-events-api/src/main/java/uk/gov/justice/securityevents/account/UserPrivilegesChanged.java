package uk.gov.justice.securityevents.account;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.authorisation.UserAccessEvent;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * UD: a user's privileges were granted or revoked (e.g. an AWS IAM role delegation): User Access Management Assign
 * or Revoke Privileges, following {@link Change}.
 */
public final class UserPrivilegesChanged extends UserAccessEvent {
    /** This event's type: granted first, revoked second. */
    public static final EventType TYPE = EventType.of(UserPrivilegesChanged.class, Principle.UD,
            Classification.of(OcsfClass.USER_ACCESS_MANAGEMENT, 1, "Assign Privileges", "authz_privileges_assigned",
                    Severity.MEDIUM, Outcome.SUCCESS),
            Classification.of(OcsfClass.USER_ACCESS_MANAGEMENT, 2, "Revoke Privileges", "authz_privileges_revoked",
                    Severity.MEDIUM, Outcome.SUCCESS));

    /** Whether the privileges were granted or revoked. */
    public enum Change {
        /** Privileges were granted. */
        GRANTED,
        /** Privileges were revoked. */
        REVOKED
    }

    private final Change change;

    private UserPrivilegesChanged(Builder b) {
        super(b);
        this.change = Validate.required(b.change, "activity_id (change)");
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
        return change == Change.GRANTED ? TYPE.classification("authz_privileges_assigned")
                : TYPE.classification("authz_privileges_revoked");
    }

    /** Whether the privileges were granted or revoked. */
    public Change change() {
        return change;
    }

    /** Builds a {@link UserPrivilegesChanged}. */
    public static final class Builder extends UserAccessEvent.Builder<Builder> {
        private Change change;

        private Builder() {
        }

        /** Whether the privileges were granted or revoked (required). */
        public Builder change(Change change) {
            this.change = change;
            return this;
        }

        @Override
        public UserPrivilegesChanged build() {
            return new UserPrivilegesChanged(this);
        }
    }
}
