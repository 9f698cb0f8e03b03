package uk.gov.justice.securityevents.spring.internal.security;

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
    private FailureReasons() {
    }

    static Reason of(AbstractAuthenticationFailureEvent event) {
        Reason byException = of(event.getException());
        return byException != Reason.OTHER ? byException : ofEvent(event);
    }

    static Reason of(AuthenticationException e) {
        if (e instanceof UsernameNotFoundException) {
            return Reason.USER_DOES_NOT_EXIST;
        }
        if (e instanceof BadCredentialsException) {
            return Reason.INVALID_CREDENTIALS;
        }
        if (e instanceof LockedException) {
            return Reason.ACCOUNT_LOCKED_OUT;
        }
        if (e instanceof DisabledException) {
            return Reason.ACCOUNT_DISABLED;
        }
        if (e instanceof AccountExpiredException) {
            return Reason.ACCOUNT_EXPIRED;
        }
        if (e instanceof CredentialsExpiredException) {
            return Reason.CREDENTIALS_EXPIRED;
        }
        if (e instanceof ProviderNotFoundException || e instanceof AuthenticationServiceException) {
            return Reason.PROVIDER_ERROR;
        }
        return Reason.OTHER;
    }

    private static Reason ofEvent(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return Reason.INVALID_CREDENTIALS;
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return Reason.ACCOUNT_LOCKED_OUT;
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return Reason.ACCOUNT_DISABLED;
        }
        if (event instanceof AuthenticationFailureExpiredEvent) {
            return Reason.ACCOUNT_EXPIRED;
        }
        if (event instanceof AuthenticationFailureCredentialsExpiredEvent) {
            return Reason.CREDENTIALS_EXPIRED;
        }
        if (event instanceof AuthenticationFailureProviderNotFoundEvent
                || event instanceof AuthenticationFailureServiceExceptionEvent) {
            return Reason.PROVIDER_ERROR;
        }
        return Reason.OTHER;
    }
}
