package uk.gov.justice.securityevents.spring.internal.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.FactorType;

/**
 * Spring Security 7 multi-factor authentication: each factor a user proved is a {@code FACTOR_*} authority
 * ({@code FactorGrantedAuthority}). A success that adds a factor to an existing login of the same user is a second
 * factor, reported as MfaSuccess. Read as authority strings, so the class also loads on Spring Security 6, which
 * has no factors (and so never reports MfaSuccess).
 */
final class Factors {
    private static final String PREFIX = "FACTOR_";

    private Factors() {
    }

    /**
     * The factor that {@code next} adds to {@code existing}, when {@code next} is a second factor of the same user.
     *
     * @param existing the authentication in the security context before this success, may be null
     * @param next     the successful authentication
     * @return the added factor, or null when this is a first login
     */
    static AuthFactor addedFactor(Authentication existing, Authentication next) {
        if (PrincipalNames.anonymous(existing) || !existing.getName().equals(next.getName())) {
            return null;
        }
        Set<String> before = factors(existing);
        if (before.isEmpty()) {
            return null;
        }
        for (String factor : factors(next)) {
            if (!before.contains(factor)) {
                FactorType type = typeOf(factor);
                return type != null ? AuthFactor.of(type, "Spring Security") : null;
            }
        }
        return null;
    }

    private static Set<String> factors(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(PREFIX)).collect(Collectors.toSet());
    }

    private static FactorType typeOf(String factor) {
        switch (factor) {
            case "FACTOR_OTT":
                return FactorType.OTP;
            case "FACTOR_WEBAUTHN":
                return FactorType.WEBAUTHN;
            case "FACTOR_PASSWORD":
                return FactorType.PASSWORD;
            default:
                return null;
        }
    }
}
