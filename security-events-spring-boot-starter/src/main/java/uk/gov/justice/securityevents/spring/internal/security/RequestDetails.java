package uk.gov.justice.securityevents.spring.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Session;

/**
 * What the current HTTP request says about the client: source address, user agent and session (its id hashed with
 * {@link Session#fromRawId(String)}, never the raw {@code JSESSIONID}). Falls back to Spring Security's
 * {@link WebAuthenticationDetails} when there is no current request. Any part may be null.
 */
final class RequestDetails {
    private static final RequestDetails NONE = new RequestDetails(null, null, null);

    private final Endpoint source;
    private final String userAgent;
    private final Session session;

    private RequestDetails(Endpoint source, String userAgent, Session session) {
        this.source = source;
        this.userAgent = userAgent;
        this.session = session;
    }

    /** The current request's servlet attributes, or null outside a request (or without RequestContextFilter). */
    static ServletRequestAttributes currentAttributes() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes ? (ServletRequestAttributes) attributes : null;
    }

    /**
     * Details of the current request, or of the authentication details when there is none.
     *
     * @param authenticationDetails {@code Authentication.getDetails()}, may be null
     * @return the details
     */
    static RequestDetails current(Object authenticationDetails) {
        ServletRequestAttributes attributes = currentAttributes();
        if (attributes != null) {
            return of(attributes.getRequest());
        }
        if (authenticationDetails instanceof WebAuthenticationDetails) {
            WebAuthenticationDetails web = (WebAuthenticationDetails) authenticationDetails;
            String sessionId = web.getSessionId();
            return new RequestDetails(endpoint(web.getRemoteAddress(), null), null,
                    sessionId != null && !sessionId.isBlank() ? Session.fromRawId(sessionId) : null);
        }
        return NONE;
    }

    /** Details of the given request. */
    static RequestDetails of(HttpServletRequest request) {
        HttpSession httpSession = null;
        try {
            httpSession = request.getSession(false);
        } catch (IllegalStateException e) {
            // The response is committed or the request recycled: carry on without the session.
        }
        return new RequestDetails(endpoint(request.getRemoteAddr(), request.getRemotePort()),
                request.getHeader("User-Agent"), session(httpSession));
    }

    /** The session, hashed; null when absent or already invalidated. */
    static Session session(HttpSession httpSession) {
        if (httpSession == null) {
            return null;
        }
        Session.Builder b = Session.builder().uidFromRawId(httpSession.getId());
        try {
            b.createdTime(Instant.ofEpochMilli(httpSession.getCreationTime()));
        } catch (IllegalStateException e) {
            // invalidated: the id is still worth reporting
        }
        return b.build();
    }

    private static Endpoint endpoint(String ip, Integer port) {
        if (ip == null || ip.isBlank()) {
            return null;
        }
        try {
            Endpoint.Builder b = Endpoint.builder().ip(ip);
            if (port != null && port > 0) {
                b.port(port);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            return null; // not an IP literal (a Unix socket, a proxy's placeholder): leave it out
        }
    }

    /** The client, or null. */
    Endpoint source() {
        return source;
    }

    /** The user agent, or null. */
    String userAgent() {
        return userAgent;
    }

    /** The hashed session, or null. */
    Session session() {
        return session;
    }
}
