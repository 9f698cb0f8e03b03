package uk.gov.justice.securityevents.authentication;

import java.util.List;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.AuthFactor;

/**
 * Authentication events about one second factor (an MFA verification or use of a recovery method): the factor is
 * required and written as {@code auth_factors[0]}.
 */
public abstract class MfaEvent extends AuthenticationEvent {
    private final AuthFactor factor;

    /**
     * Copies the shared fields, checking that the factor is set.
     *
     * @param builder the builder
     */
    protected MfaEvent(Builder<?> builder) {
        super(builder);
        this.factor = Validate.required(builder.factor, "auth_factors (factor)");
    }

    /** The factor used. */
    public AuthFactor factor() {
        return factor;
    }

    @Override
    public List<AuthFactor> authFactors() {
        return List.of(factor);
    }

    /**
     * Builder fields shared by MFA events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends AuthenticationEvent.Builder<B> {
        private AuthFactor factor;

        /** For subclasses. */
        protected Builder() {
        }

        /** The factor used (required). */
        public B factor(AuthFactor factor) {
            this.factor = factor;
            return self();
        }
    }
}
