package uk.gov.justice.securityevents.authorisation;

import java.util.Map;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * A member added to or removed from a group or role. The member ({@code user}) is required. Mark groups that grant
 * administrative rights with {@code privilegedGroup(true)} ({@code unmapped.privileged_group}) so the SOC can
 * prioritise them.
 */
public abstract class GroupMembershipEvent extends GroupManagementEvent {
    private final Boolean privilegedGroup;

    /**
     * Copies the shared fields, checking that the member is set.
     *
     * @param builder the builder
     */
    protected GroupMembershipEvent(Builder<?> builder) {
        super(builder);
        Validate.required(user(), "user (member)");
        this.privilegedGroup = builder.privilegedGroup;
    }

    /** Whether the group grants administrative rights, or null when not said. */
    public Boolean privilegedGroup() {
        return privilegedGroup;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("privileged_group", privilegedGroup);
    }

    @Override
    protected Object subject() {
        return user() + " " + group();
    }

    /**
     * Builder of membership events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends GroupManagementEvent.Builder<B> {
        private Boolean privilegedGroup;

        /** For subclasses. */
        protected Builder() {
        }

        /** Whether the group grants administrative rights. */
        public B privilegedGroup(boolean privilegedGroup) {
            this.privilegedGroup = privilegedGroup;
            return self();
        }
    }
}
