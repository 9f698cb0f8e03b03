package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2b / UD: a member ({@code user}, required) was removed from a group or role ({@code group}, required). */
public final class GroupMemberRemoved extends GroupMembershipEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(GroupMemberRemoved.class, Principle.P2B,
            Classification.of(OcsfClass.GROUP_MANAGEMENT, 4, "Remove User", "authz_member_removed", Severity.LOW, Outcome.SUCCESS));

    private GroupMemberRemoved(Builder b) {
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

    /** Builds a {@link GroupMemberRemoved}. */
    public static final class Builder extends GroupMembershipEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public GroupMemberRemoved build() {
            return new GroupMemberRemoved(this);
        }
    }
}
