package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** An authentication factor ({@code auth_factor}): its type and, optionally, who provides it. */
public final class AuthFactor {
    private final FactorType type;
    private final String provider;

    private AuthFactor(FactorType type, String provider) {
        this.type = Validate.required(type, "auth_factor.factor_type_id");
        this.provider = Validate.optionalNonBlank(provider, "auth_factor.provider");
    }

    /** A factor of the given type. */
    public static AuthFactor of(FactorType type) {
        return new AuthFactor(type, null);
    }

    /** A factor of the given type from a provider (e.g. {@code "GOV.UK One Login"}, {@code "Okta Verify"}). */
    public static AuthFactor of(FactorType type, String provider) {
        return new AuthFactor(type, provider);
    }

    /** Factor type. */
    public FactorType type() {
        return type;
    }

    /** Provider, or null. */
    public String provider() {
        return provider;
    }

    @Override
    public String toString() {
        return "AuthFactor[" + type + "]";
    }
}
