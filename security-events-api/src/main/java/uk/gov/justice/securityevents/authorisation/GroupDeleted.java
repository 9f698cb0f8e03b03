package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2a: a group was deleted; {@code group} is required. */
public final class GroupDeleted extends GroupManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(GroupDeleted.class, Principle.P2A,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, 5, "Delete", "authz_group_deleted", Severity.LOW, Outcome.SUCCESS));

    private GroupDeleted(Builder b) {
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

    /** Builds a {@link GroupDeleted}. */
    public static final class Builder extends GroupManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public GroupDeleted build() {
            return new GroupDeleted(this);
        }
    }
}
