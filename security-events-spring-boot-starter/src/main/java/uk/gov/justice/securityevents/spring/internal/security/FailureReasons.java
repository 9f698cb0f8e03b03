package uk.gov.justice.securityevents.spring.internal.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.gov.justice.securityevents.authentication.LoginFailure.Reason;

/**
 * Maps a Spring Security failure to {@link Reason}. The exception decides first, because
 * DefaultAuthenticationEventPublisher files {@code UsernameNotFoundException} under the bad-credentials event; the
 * event class decides for custom exceptions an application maps to a standard event.
 */
final class FailureReasons {
    // Ordered: UsernameNotFoundException before its BadCredentials-like siblings, most specific first.
    private static final Map<Class<?>, Reason> BY_EXCEPTION = table(
            UsernameNotFoundException.class, Reason.USER_DOES_NOT_EXIST,
            BadCredentialsException.class, Reason.INVALID_CREDENTIALS,
            LockedException.class, Reason.ACCOUNT_LOCKED_OUT,
            DisabledException.class, Reason.ACCOUNT_DISABLED,
            AccountExpiredException.class, Reason.ACCOUNT_EXPIRED,
            CredentialsExpiredException.class, Reason.CREDENTIALS_EXPIRED,
            ProviderNotFoundException.class, Reason.PROVIDER_ERROR,
            AuthenticationServiceException.class, Reason.PROVIDER_ERROR);

    private static final Map<Class<?>, Reason> BY_EVENT = table(
            AuthenticationFailureBadCredentialsEvent.class, Reason.INVALID_CREDENTIALS,
            AuthenticationFailureLockedEvent.class, Reason.ACCOUNT_LOCKED_OUT,
            AuthenticationFailureDisabledEvent.class, Reason.ACCOUNT_DISABLED,
            AuthenticationFailureExpiredEvent.class, Reason.ACCOUNT_EXPIRED,
            AuthenticationFailureCredentialsExpiredEvent.class, Reason.CREDENTIALS_EXPIRED,
            AuthenticationFailureProviderNotFoundEvent.class, Reason.PROVIDER_ERROR,
            AuthenticationFailureServiceExceptionEvent.class, Reason.PROVIDER_ERROR);

    private FailureReasons() {
    }

    static Reason of(AbstractAuthenticationFailureEvent event) {
        Reason byException = of(event.getException());
        return byException != Reason.OTHER ? byException : lookup(BY_EVENT, event);
    }

    static Reason of(AuthenticationException e) {
        return lookup(BY_EXCEPTION, e);
    }

    private static Reason lookup(Map<Class<?>, Reason> table, Object value) {
        for (Map.Entry<Class<?>, Reason> entry : table.entrySet()) {
            if (entry.getKey().isInstance(value)) {
                return entry.getValue();
            }
        }
        return Reason.OTHER;
    }

    private static Map<Class<?>, Reason> table(Object... classesAndReasons) {
        Map<Class<?>, Reason> table = new LinkedHashMap<>();
        for (int i = 0; i < classesAndReasons.length; i += 2) {
            table.put((Class<?>) classesAndReasons[i], (Reason) classesAndReasons[i + 1]);
        }
        return table;
    }
}
