package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2a: a role was created, written as a {@code group} of type {@code role}; the role is required. */
public final class RoleCreated extends RoleManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(RoleCreated.class, Principle.P2A,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, 6, "Create", "authz_role_created", Severity.LOW, Outcome.SUCCESS));

    private RoleCreated(Builder b) {
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

    /** Builds a {@link RoleCreated}. */
    public static final class Builder extends RoleManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public RoleCreated build() {
            return new RoleCreated(this);
        }
    }
}
