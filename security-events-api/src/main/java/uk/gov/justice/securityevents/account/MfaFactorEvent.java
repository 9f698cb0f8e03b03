package uk.gov.justice.securityevents.account;

import java.util.List;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.AuthFactor;

/** An account's MFA factor enabled, disabled or reset; the factor is written as {@code auth_factors[0]}. */
public abstract class MfaFactorEvent extends AccountChangeEvent {
    private final AuthFactor factor;

    /**
     * Copies the shared fields.
     *
     * @param builder        the builder
     * @param factorRequired whether the subclass needs the factor
     */
    protected MfaFactorEvent(Builder<?> builder, boolean factorRequired) {
        super(builder);
        this.factor = factorRequired ? Validate.required(builder.factor, "auth_factors (factor)") : builder.factor;
    }

    /** The factor concerned, or null when not known. */
    public AuthFactor factor() {
        return factor;
    }

    @Override
    public List<AuthFactor> authFactors() {
        return factor == null ? List.of() : List.of(factor);
    }

    /**
     * Builder of MFA factor events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends AccountChangeEvent.Builder<B> {
        private AuthFactor factor;

        /** For subclasses. */
        protected Builder() {
        }

        /** The factor concerned (e.g. {@code AuthFactor.of(FactorType.WEBAUTHN)}). */
        public B factor(AuthFactor factor) {
            this.factor = factor;
            return self();
        }
    }
}
