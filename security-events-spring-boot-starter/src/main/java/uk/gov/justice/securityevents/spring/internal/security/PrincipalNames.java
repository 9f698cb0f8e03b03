package uk.gov.justice.securityevents.spring.internal.security;

import java.security.Principal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import uk.gov.justice.securityevents.model.User;

/**
 * Turns an {@link Authentication} into the event's user without ever logging a credential. For a failed attempt,
 * only the name typed into a username/password form, or a resolved principal, is trusted: bearer and one-time tokens
 * keep the secret in the principal ({@code BearerTokenAuthenticationToken.getPrincipal()} is the token), so their
 * {@code getName()} is never called and the user is {@value #UNKNOWN}.
 */
final class PrincipalNames {
    /** The user name used when the attempted identity cannot be told safely: {@value}. */
    static final String UNKNOWN = "unknown";
    /** The user name of an anonymous caller: {@value}. */
    static final String ANONYMOUS = "anonymous";

    private PrincipalNames() {
    }

    /** The name of an authenticated principal (a success, a logout, a session owner). */
    static String authenticated(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return orUnknown(authentication.getName());
    }

    /** The name a failed attempt claimed, when it can be read without reading a secret. */
    static String attempted(Authentication authentication) {
        if (authentication == null) {
            return UNKNOWN;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof UserDetails) {
            return orUnknown(((UserDetails) principal).getUsername());
        }
        if (principal instanceof AuthenticatedPrincipal) {
            return orUnknown(((AuthenticatedPrincipal) principal).getName());
        }
        if (principal instanceof Principal) {
            return orUnknown(((Principal) principal).getName());
        }
        if (authentication.getClass() == UsernamePasswordAuthenticationToken.class && principal instanceof String) {
            return orUnknown((String) principal);
        }
        return UNKNOWN;
    }

    /** Whether a name was recovered (so failures can be counted against it). */
    static boolean known(String name) {
        return !UNKNOWN.equals(name) && !ANONYMOUS.equals(name);
    }

    static User user(String name) {
        return User.builder().name(name).build();
    }

    /** Whether the authentication is an anonymous one (or missing). */
    static boolean anonymous(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }

    private static String orUnknown(String name) {
        return name == null || name.isBlank() ? UNKNOWN : name;
    }
}
