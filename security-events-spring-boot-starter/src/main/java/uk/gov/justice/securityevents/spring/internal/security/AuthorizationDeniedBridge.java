package uk.gov.justice.securityevents.spring.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.activity.AccessDenied;
import uk.gov.justice.securityevents.activity.ApiAction;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.HttpRequestInfo;

/**
 * {@link AuthorizationDeniedEvent} → AccessDenied, for requests ({@code authorizeHttpRequests}) and secured methods.
 * Denials of anonymous callers are skipped unless configured: Spring Security turns them into a login challenge, and
 * every session timeout or crawler would otherwise look like an attack.
 */
public final class AuthorizationDeniedBridge {
    /** {@code status_detail} when the caller lacks a required authority: {@value}. */
    static final String MISSING_AUTHORITY = "MISSING_AUTHORITY";
    /** {@code status_detail} for any other denial: {@value}. */
    static final String ACCESS_DENIED = "ACCESS_DENIED";

    private final BridgeEmitter emitter;
    private final boolean reportAnonymous;
    private final String serviceName;

    /** Creates the bridge. */
    public AuthorizationDeniedBridge(BridgeEmitter emitter, boolean reportAnonymous, String serviceName) {
        this.emitter = emitter;
        this.reportAnonymous = reportAnonymous;
        this.serviceName = serviceName;
    }

    /** An authorisation decision denied access. */
    @EventListener
    public void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        boolean anonymous = PrincipalNames.anonymous(auth);
        if (anonymous && !reportAnonymous) {
            return;
        }
        HttpServletRequest request = request(event.getObject());
        String operation = operation(event.getObject(), request);
        ApiAction action = request != null ? action(request.getMethod()) : ApiAction.READ;
        RequestDetails details = request != null ? RequestDetails.of(request) : RequestDetails.current(null);
        Endpoint source = details.source() != null ? details.source()
                : Endpoint.builder().serviceName(serviceName).build();
        AuthorizationResult result = event.getAuthorizationResult();
        emitter.emit(() -> {
            AccessDenied.Builder b = AccessDenied.builder().action(action).operation(operation).source(source)
                    .reason(result instanceof AuthorityAuthorizationDecision ? MISSING_AUTHORITY : ACCESS_DENIED);
            if (anonymous) {
                b.anonymous();
            } else {
                b.actor(PrincipalNames.user(PrincipalNames.authenticated(auth)));
            }
            if (request != null) {
                b.httpRequest(HttpRequestInfo.of(request.getMethod(), request.getRequestURI())
                        .withUserAgent(details.userAgent()));
            }
            if (result instanceof AuthorityAuthorizationDecision) {
                b.message("requires one of " + ((AuthorityAuthorizationDecision) result).getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(", ")));
            }
            return b.build();
        });
    }

    private static HttpServletRequest request(Object secured) {
        if (secured instanceof HttpServletRequest) {
            return (HttpServletRequest) secured;
        }
        ServletRequestAttributes current = RequestDetails.currentAttributes();
        return current != null ? current.getRequest() : null;
    }

    /** {@code GET /admin} for a request (no query string: it may carry tokens), {@code Type.method} for a method. */
    private static String operation(Object secured, HttpServletRequest request) {
        if (secured instanceof MethodInvocation) {
            Method m = ((MethodInvocation) secured).getMethod();
            return m.getDeclaringClass().getSimpleName() + "." + m.getName();
        }
        if (request != null) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return secured != null ? secured.getClass().getSimpleName() : "unknown";
    }

    private static ApiAction action(String method) {
        switch (method == null ? "" : method) {
            case "POST":
                return ApiAction.CREATE;
            case "PUT":
            case "PATCH":
                return ApiAction.UPDATE;
            case "DELETE":
                return ApiAction.DELETE;
            default:
                return ApiAction.READ;
        }
    }
}
