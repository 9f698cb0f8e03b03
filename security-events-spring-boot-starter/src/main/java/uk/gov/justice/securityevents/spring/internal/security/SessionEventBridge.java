package uk.gov.justice.securityevents.spring.internal.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.authentication.SessionClosed;
import uk.gov.justice.securityevents.authentication.SessionCreated;
import uk.gov.justice.securityevents.authentication.SessionExpired;
import uk.gov.justice.securityevents.model.Session;

/**
 * Servlet session life cycle, from {@code HttpSessionEventPublisher}:
 * <ul>
 *   <li>{@link HttpSessionCreatedEvent} → SessionCreated, owned by the authenticated user or {@code anonymous};</li>
 *   <li>{@link HttpSessionDestroyedEvent} → SessionExpired (IDLE_TIMEOUT) when last access + max inactive interval
 *       has passed (within the configured tolerance), whichever thread the container expires it on;</li>
 *   <li>otherwise, on a request thread, the application invalidated it: a logout in the same request reports it
 *       (one Logout event), else SessionClosed (CLOSED_BY_SERVER) when the request completes;</li>
 *   <li>otherwise (container shutdown, a session store's clean-up) SessionClosed (CLOSED_BY_SERVER) at once.</li>
 * </ul>
 * Session ids are hashed ({@link Session#fromRawId(String)}); the raw id never reaches an event.
 */
public final class SessionEventBridge {
    private final BridgeEmitter emitter;
    private final Duration expiryTolerance;
    private final Clock clock;

    /** Creates the bridge. */
    public SessionEventBridge(BridgeEmitter emitter, Duration expiryTolerance, Clock clock) {
        this.emitter = emitter;
        this.expiryTolerance = expiryTolerance;
        this.clock = clock;
    }

    /** A session was created. */
    @EventListener
    public void onCreated(HttpSessionCreatedEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = PrincipalNames.authenticated(auth);
        Session session = RequestDetails.session(event.getSession());
        RequestDetails request = requestDetails();
        emitter.emit(() -> SessionCreated.builder().user(PrincipalNames.user(name)).session(session)
                .sourceEndpoint(request.source()).userAgent(request.userAgent()).build());
    }

    /** A session was destroyed: expired, invalidated by the application, or closed by the server. */
    @EventListener
    public void onDestroyed(HttpSessionDestroyedEvent event) {
        HttpSession httpSession = event.getSession();
        String name = owner(event);
        Instant expiry = idleExpiry(httpSession);
        ServletRequestAttributes request = RequestDetails.currentAttributes();
        if (expiry != null && !expiry.isAfter(clock.instant().plus(expiryTolerance))) {
            Session session = Session.builder().uidFromRawId(httpSession.getId()).expirationTime(expiry).build();
            emitter.emit(() -> SessionExpired.builder().user(PrincipalNames.user(name)).session(session)
                    .reason(SessionExpired.Reason.IDLE_TIMEOUT).build());
            return;
        }
        Session session = RequestDetails.session(httpSession);
        if (request != null) {
            RequestDetails details = RequestDetails.of(request.getRequest());
            PendingSessionClose.hold(request, session, name, pending -> closed(pending.session, pending.userName,
                    details));
        } else {
            closed(session, name, null);
        }
    }

    private void closed(Session session, String name, RequestDetails details) {
        emitter.emit(() -> SessionClosed.builder().user(PrincipalNames.user(name)).session(session)
                .reason(SessionClosed.Reason.CLOSED_BY_SERVER)
                .sourceEndpoint(details != null ? details.source() : null)
                .userAgent(details != null ? details.userAgent() : null).build());
    }

    /** When the session would time out idle, or null when it never does (or cannot be read any more). */
    private static Instant idleExpiry(HttpSession session) {
        try {
            int maxInactive = session.getMaxInactiveInterval();
            if (maxInactive <= 0) {
                return null;
            }
            return Instant.ofEpochMilli(session.getLastAccessedTime()).plusSeconds(maxInactive);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static String owner(HttpSessionDestroyedEvent event) {
        try {
            for (SecurityContext context : event.getSecurityContexts()) {
                if (!PrincipalNames.anonymous(context.getAuthentication())) {
                    return PrincipalNames.authenticated(context.getAuthentication());
                }
            }
        } catch (IllegalStateException e) {
            // attributes no longer readable
        }
        return PrincipalNames.ANONYMOUS;
    }

    private static RequestDetails requestDetails() {
        ServletRequestAttributes request = RequestDetails.currentAttributes();
        return request != null ? RequestDetails.of(request.getRequest()) : RequestDetails.current(null);
    }
}
