package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.model.Group;

/**
 * Role created, modified or deleted. OCSF 1.8.0 has no role class (Role Management 3008 arrives in 1.9), so the role
 * is written as {@code group} with {@code type} {@code "role"}, whatever type the caller gave it.
 */
public abstract class RoleManagementEvent extends GroupManagementEvent {
    /** {@code group.type} of every role. */
    public static final String ROLE_TYPE = "role";

    /**
     * Copies the shared fields, checking that the role is set.
     *
     * @param builder the builder
     */
    protected RoleManagementEvent(Builder<?> builder) {
        super(builder, ROLE_TYPE);
    }

    /** The role acted on; the same object as {@link #group()}. */
    public Group role() {
        return group();
    }

    /**
     * Builder of role events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends GroupManagementEvent.Builder<B> {
        /** For subclasses. */
        protected Builder() {
        }

        /** The role acted on (required); written as {@code group} with type {@code "role"}. */
        public B role(Group role) {
            return group(role);
        }
    }
}
