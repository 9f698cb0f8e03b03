package uk.gov.justice.securityevents.authorisation;

import java.util.List;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.User;

/**
 * Events carried by OCSF Group Management (3006): groups and roles created, modified or deleted, and members added
 * or removed. The {@code group} is the target (required); {@code actor} is the administrator. OCSF 1.8.0 has no role
 * class, so roles are groups whose {@code type} is {@code "role"}.
 */
public abstract class GroupManagementEvent extends SecurityEvent {
    private final Group group;
    private final User user;
    private final List<String> privileges;
    private final Endpoint sourceEndpoint;

    /**
     * Copies the shared fields, checking that the group is set.
     *
     * @param builder the builder
     */
    protected GroupManagementEvent(Builder<?> builder) {
        this(builder, null);
    }

    /**
     * Copies the shared fields, checking that the group is set and giving it a fixed type.
     *
     * @param builder   the builder
     * @param groupType the {@code group.type} every event of the subclass has (e.g. {@code "role"}), or null
     */
    protected GroupManagementEvent(Builder<?> builder, String groupType) {
        super(builder);
        Group g = Validate.required(builder.group, groupType == null ? "group" : "group (" + groupType + ")");
        this.group = groupType == null ? g : g.withType(groupType);
        this.user = builder.user;
        this.privileges = Validate.listOf(builder.privileges, "privileges");
        for (int i = 0; i < privileges.size(); i++) {
            Validate.nonBlank(privileges.get(i), "privileges[" + i + "]");
        }
        this.sourceEndpoint = builder.sourceEndpoint;
    }

    /** The group or role acted on ({@code group}). */
    public Group group() {
        return group;
    }

    /** The member added or removed ({@code user}), or null. */
    public User user() {
        return user;
    }

    /** Privileges the group grants or that changed ({@code privileges}); empty when not given. */
    public List<String> privileges() {
        return privileges;
    }

    /** Where the change was requested from ({@code src_endpoint}), or null. */
    public Endpoint sourceEndpoint() {
        return sourceEndpoint;
    }

    @Override
    protected Object subject() {
        return group;
    }

    /**
     * Builder fields shared by group management events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private Group group;
        private User user;
        private List<String> privileges = List.of();
        private Endpoint sourceEndpoint;

        /** For subclasses. */
        protected Builder() {
        }

        /** The group acted on (required). */
        public B group(Group group) {
            this.group = group;
            return self();
        }

        /** The member added or removed. */
        public B user(User user) {
            this.user = user;
            return self();
        }

        /** Privileges the group grants or that changed (e.g. {@code "admin"}). */
        public B privileges(List<String> privileges) {
            this.privileges = privileges;
            return self();
        }

        /** Where the change was requested from. */
        public B sourceEndpoint(Endpoint sourceEndpoint) {
            this.sourceEndpoint = sourceEndpoint;
            return self();
        }
    }
}
