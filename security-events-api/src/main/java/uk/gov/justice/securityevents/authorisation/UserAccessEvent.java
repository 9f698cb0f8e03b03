package uk.gov.justice.securityevents.authorisation;

import java.util.List;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.User;

/**
 * Events carried by OCSF User Access Management (3005): privileges or roles assigned to or revoked from a user. The
 * {@code user} and a non-empty list of {@code privileges} (role names for role assignments) are required; the
 * {@code actor} is who made the change.
 */
public abstract class UserAccessEvent extends SecurityEvent {
    private final User user;
    private final List<String> privileges;
    private final Endpoint sourceEndpoint;

    /**
     * Copies the shared fields, checking the user and privileges.
     *
     * @param builder the builder
     */
    protected UserAccessEvent(Builder<?> builder) {
        super(builder);
        this.user = Validate.required(builder.user, "user");
        this.privileges = Validate.listOf(builder.privileges, "privileges");
        if (privileges.isEmpty()) {
            throw new IllegalArgumentException("privileges must not be empty");
        }
        for (int i = 0; i < privileges.size(); i++) {
            Validate.nonBlank(privileges.get(i), "privileges[" + i + "]");
        }
        this.sourceEndpoint = builder.sourceEndpoint;
    }

    /** The user whose access changed ({@code user}). */
    public User user() {
        return user;
    }

    /** The privileges or role names assigned or revoked ({@code privileges}); never empty. */
    public List<String> privileges() {
        return privileges;
    }

    /** Where the change was requested from ({@code src_endpoint}), or null. */
    public Endpoint sourceEndpoint() {
        return sourceEndpoint;
    }

    @Override
    protected Object subject() {
        return user + " " + privileges;
    }

    /**
     * Builder fields shared by user access events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private User user;
        private List<String> privileges;
        private Endpoint sourceEndpoint;

        /** For subclasses. */
        protected Builder() {
        }

        /** The user whose access changed (required). */
        public B user(User user) {
            this.user = user;
            return self();
        }

        /** The privileges assigned or revoked (required, at least one). */
        public B privileges(List<String> privileges) {
            this.privileges = privileges;
            return self();
        }

        /** Role names assigned or revoked; the same as {@link #privileges(List)}. */
        public B roles(List<String> roleNames) {
            return privileges(roleNames);
        }

        /** Where the change was requested from. */
        public B sourceEndpoint(Endpoint sourceEndpoint) {
            this.sourceEndpoint = sourceEndpoint;
            return self();
        }
    }
}
