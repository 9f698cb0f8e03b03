package uk.gov.justice.securityevents.authentication;

import java.util.List;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;

/**
 * Events carried by OCSF Authentication (3002): logins, MFA, logouts and the session life cycle, plus role
 * switches. The {@code user} is the account authenticating (required); {@code actor} is set only when someone else
 * acted, such as an administrator revoking a session.
 */
public abstract class AuthenticationEvent extends SecurityEvent {
    private final User user;
    private final Endpoint sourceEndpoint;
    private final Endpoint destinationEndpoint;
    private final Session session;
    private final String userAgent;

    /**
     * Copies the shared fields, checking that the user is set.
     *
     * @param builder the builder
     */
    protected AuthenticationEvent(Builder<?> builder) {
        super(builder);
        this.user = Validate.required(builder.user, "user");
        this.sourceEndpoint = builder.sourceEndpoint;
        this.destinationEndpoint = builder.destinationEndpoint;
        this.session = builder.session;
        this.userAgent = builder.userAgent;
    }

    /** The account authenticating ({@code user}). */
    public User user() {
        return user;
    }

    /** The client ({@code src_endpoint}), or null. */
    public Endpoint sourceEndpoint() {
        return sourceEndpoint;
    }

    /** The service authenticated to ({@code dst_endpoint}), or null. */
    public Endpoint destinationEndpoint() {
        return destinationEndpoint;
    }

    /** The session ({@code session}), or null. */
    public Session session() {
        return session;
    }

    /** The client's user agent ({@code http_request.user_agent}), or null. */
    public String userAgent() {
        return userAgent;
    }

    /** Factors used ({@code auth_factors}); empty unless the event is about MFA. */
    public List<AuthFactor> authFactors() {
        return List.of();
    }

    /** Whether MFA was used ({@code is_mfa}), or null when not known. */
    public Boolean mfa() {
        return null;
    }

    /** Why the session ended ({@code session.expiration_reason}), or null. */
    public String sessionExpirationReason() {
        return null;
    }

    /** OCSF {@code account_switch_type_id} for role switches, or null. */
    public Integer accountSwitchTypeId() {
        return null;
    }

    @Override
    protected Object subject() {
        return user;
    }

    /**
     * Builder fields shared by authentication events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private User user;
        private Endpoint sourceEndpoint;
        private Endpoint destinationEndpoint;
        private Session session;
        private String userAgent;

        /** For subclasses. */
        protected Builder() {
        }

        /** The account authenticating (required). */
        public B user(User user) {
            this.user = user;
            return self();
        }

        /** The client. */
        public B sourceEndpoint(Endpoint sourceEndpoint) {
            this.sourceEndpoint = sourceEndpoint;
            return self();
        }

        /** The service authenticated to. */
        public B destinationEndpoint(Endpoint destinationEndpoint) {
            this.destinationEndpoint = destinationEndpoint;
            return self();
        }

        /** The session. */
        public B session(Session session) {
            this.session = session;
            return self();
        }

        /** The client's user agent. */
        public B userAgent(String userAgent) {
            this.userAgent = userAgent;
            return self();
        }
    }
}
