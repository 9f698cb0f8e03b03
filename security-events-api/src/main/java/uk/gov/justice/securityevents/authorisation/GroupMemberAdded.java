package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2b / UD: a member ({@code user}, required) was added to a group or role ({@code group}, required). */
public final class GroupMemberAdded extends GroupMembershipEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(GroupMemberAdded.class, Principle.P2B,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, 3, "Add User", "authz_member_added", Severity.LOW, Outcome.SUCCESS));

    private GroupMemberAdded(Builder b) {
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

    /** Builds a {@link GroupMemberAdded}. */
    public static final class Builder extends GroupMembershipEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public GroupMemberAdded build() {
            return new GroupMemberAdded(this);
        }
    }
}
