package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2a: a group was created; {@code group} is required. */
public final class GroupCreated extends GroupManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(GroupCreated.class, Principle.P2A,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, 6, "Create", "authz_group_created", Severity.LOW, Outcome.SUCCESS));

    private GroupCreated(Builder b) {
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

    /** Builds a {@link GroupCreated}. */
    public static final class Builder extends GroupManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public GroupCreated build() {
            return new GroupCreated(this);
        }
    }
}
