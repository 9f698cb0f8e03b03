package uk.gov.justice.securityevents.account;

import java.util.List;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.User;

/**
 * Events carried by OCSF Account Change (3001): an account created, locked, reinstated, its password changed or reset,
 * its MFA factors changed. The {@code user} is the account changed (required); set the {@code actor} when someone
 * else acted, such as an administrator resetting a password. No event carries a password or secret.
 */
public abstract class AccountChangeEvent extends SecurityEvent {
    private final User user;
    private final Endpoint sourceEndpoint;

    /**
     * Copies the shared fields, checking that the user is set.
     *
     * @param builder the builder
     */
    protected AccountChangeEvent(Builder<?> builder) {
        super(builder);
        this.user = Validate.required(builder.user, "user");
        this.sourceEndpoint = builder.sourceEndpoint;
    }

    /** The account changed ({@code user}). */
    public User user() {
        return user;
    }

    /** Where the change was requested from ({@code src_endpoint}), or null. */
    public Endpoint sourceEndpoint() {
        return sourceEndpoint;
    }

    /** Factors concerned ({@code auth_factors}); empty unless the event is about MFA factors. */
    public List<AuthFactor> authFactors() {
        return List.of();
    }

    @Override
    protected Object subject() {
        return user;
    }

    /**
     * Builder fields shared by account change events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private User user;
        private Endpoint sourceEndpoint;

        /** For subclasses. */
        protected Builder() {
        }

        /** The account changed (required). */
        public B user(User user) {
            this.user = user;
            return self();
        }

        /** Where the change was requested from. */
        public B sourceEndpoint(Endpoint sourceEndpoint) {
            this.sourceEndpoint = sourceEndpoint;
            return self();
        }
    }
}
