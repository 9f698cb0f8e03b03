package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2a: a role was deleted, written as a {@code group} of type {@code role}; the role is required. */
public final class RoleDeleted extends RoleManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(RoleDeleted.class, Principle.P2A,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, 5, "Delete", "authz_role_deleted", Severity.LOW, Outcome.SUCCESS));

    private RoleDeleted(Builder b) {
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

    /** Builds a {@link RoleDeleted}. */
    public static final class Builder extends RoleManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public RoleDeleted build() {
            return new RoleDeleted(this);
        }
    }
}
