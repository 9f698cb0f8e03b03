package uk.gov.justice.securityevents.spring.internal.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.authentication.MfaSuccess;
import uk.gov.justice.securityevents.model.AuthFactor;

/**
 * Logins: exactly one LoginSuccess (or MfaSuccess) per login and one LoginFailure per failed attempt.
 *
 * <p>One form login publishes {@link AuthenticationSuccessEvent} (from the ProviderManager, before session-fixation
 * protection renews the session id) and then {@link InteractiveAuthenticationSuccessEvent} (from the filter, after
 * it): Spring Boot's audit listener once reported both (spring-boot#4355). Here, within a request, the first
 * success is held in a request attribute; the interactive event for the same principal emits it (with the renewed,
 * hashed session id) and later successes for that principal in the same request are dropped. A success that no
 * interactive event follows (HTTP Basic, a custom filter) is emitted when the request completes. Outside a request
 * (or without Spring's RequestContextFilter) each success is emitted at once.
 */
public final class LoginEventBridge {
    private static final String PENDING = LoginEventBridge.class.getName() + ".PENDING";

    private final BridgeEmitter emitter;
    private final RecentFailures failures;

    /** Creates the bridge. */
    public LoginEventBridge(BridgeEmitter emitter, RecentFailures failures) {
        this.emitter = emitter;
        this.failures = failures;
    }

    /** A success reported by the authentication manager. */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        AuthFactor secondFactor = Factors.addedFactor(SecurityContextHolder.getContext().getAuthentication(), auth);
        ServletRequestAttributes request = RequestDetails.currentAttributes();
        if (request == null) {
            emit(auth, secondFactor);
            return;
        }
        Map<String, Pending> pending = pending(request);
        String name = PrincipalNames.authenticated(auth);
        if (!pending.containsKey(name)) {
            pending.put(name, new Pending(auth, secondFactor));
        }
    }

    /** A success reported by an interactive filter (form login, remember-me, pre-authentication, OAuth2 login). */
    @EventListener
    public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        ServletRequestAttributes request = RequestDetails.currentAttributes();
        if (request == null) {
            emit(auth, null);
            return;
        }
        Map<String, Pending> pending = pending(request);
        String name = PrincipalNames.authenticated(auth);
        Pending p = pending.get(name);
        if (p == null) {
            pending.put(name, Pending.emitted());
            emit(auth, null);
        } else if (!p.emitted) {
            pending.put(name, Pending.emitted());
            emit(auth, p.secondFactor);
        }
    }

    /** A failed attempt. */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = PrincipalNames.attempted(event.getAuthentication());
        if (PrincipalNames.known(name)) {
            failures.failed(name);
        }
        RequestDetails request = RequestDetails.current(event.getAuthentication().getDetails());
        LoginFailure.Reason reason = FailureReasons.of(event);
        emitter.emit(() -> LoginFailure.builder().user(PrincipalNames.user(name)).reason(reason)
                .sourceEndpoint(request.source()).userAgent(request.userAgent()).session(request.session())
                .build());
    }

    private void emit(Authentication auth, AuthFactor secondFactor) {
        emit(auth, secondFactor, RequestDetails.current(auth.getDetails()));
    }

    // The envelope's emit time (microseconds) is the event time: at most one request later than the login itself.
    private void emit(Authentication auth, AuthFactor secondFactor, RequestDetails request) {
        String name = PrincipalNames.authenticated(auth);
        if (secondFactor != null) {
            emitter.emit(() -> MfaSuccess.builder().user(PrincipalNames.user(name)).factor(secondFactor)
                    .sourceEndpoint(request.source()).userAgent(request.userAgent()).session(request.session())
                    .build());
            return;
        }
        int priorFailures = failures.takeForSuccess(name);
        emitter.emit(() -> LoginSuccess.builder().user(PrincipalNames.user(name)).priorFailureCount(priorFailures)
                .sourceEndpoint(request.source()).userAgent(request.userAgent()).session(request.session())
                .build());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Pending> pending(ServletRequestAttributes request) {
        Map<String, Pending> pending = (Map<String, Pending>) request.getAttribute(PENDING,
                RequestAttributes.SCOPE_REQUEST);
        if (pending == null) {
            Map<String, Pending> created = new LinkedHashMap<>();
            request.setAttribute(PENDING, created, RequestAttributes.SCOPE_REQUEST);
            // Runs when Spring's RequestContextFilter completes the request: successes no filter claimed.
            request.registerDestructionCallback(PENDING, () -> flush(created, request),
                    RequestAttributes.SCOPE_REQUEST);
            pending = created;
        }
        return pending;
    }

    private void flush(Map<String, Pending> pending, ServletRequestAttributes request) {
        // The holder is already reset when the callback runs, but the request itself is still valid.
        pending.forEach((name, p) -> {
            if (!p.emitted) {
                emit(p.authentication, p.secondFactor, RequestDetails.of(request.getRequest()));
            }
        });
        pending.clear();
    }

    /** A success waiting for its interactive event, or a marker that the principal's login was emitted. */
    private static final class Pending {
        final Authentication authentication;
        final AuthFactor secondFactor;
        final boolean emitted;

        Pending(Authentication authentication, AuthFactor secondFactor) {
            this.authentication = authentication;
            this.secondFactor = secondFactor;
            this.emitted = false;
        }

        private Pending() {
            this.authentication = null;
            this.secondFactor = null;
            this.emitted = true;
        }

        static Pending emitted() {
            return new Pending();
        }
    }
}
