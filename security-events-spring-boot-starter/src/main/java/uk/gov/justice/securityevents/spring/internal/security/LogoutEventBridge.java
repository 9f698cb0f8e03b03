package uk.gov.justice.securityevents.spring.internal.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.authentication.Logout;
import uk.gov.justice.securityevents.model.Session;

/**
 * {@link LogoutSuccessEvent} → Logout. The logout has usually just invalidated the session, so the event carries
 * that session (claimed from {@link PendingSessionClose}, which then reports no separate SessionClosed), else the
 * session id the request arrived with, hashed.
 */
public final class LogoutEventBridge {
    private final BridgeEmitter emitter;

    /** Creates the bridge. */
    public LogoutEventBridge(BridgeEmitter emitter) {
        this.emitter = emitter;
    }

    /** A logout succeeded. */
    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        String name = PrincipalNames.authenticated(event.getAuthentication());
        ServletRequestAttributes request = RequestDetails.currentAttributes();
        RequestDetails details = RequestDetails.current(event.getAuthentication().getDetails());
        Session session = PendingSessionClose.claim(request);
        if (session == null && request != null && request.getRequest().getRequestedSessionId() != null) {
            session = Session.fromRawId(request.getRequest().getRequestedSessionId());
        }
        if (session == null) {
            session = details.session();
        }
        Session ended = session;
        emitter.emit(() -> Logout.builder().user(PrincipalNames.user(name)).sourceEndpoint(details.source())
                .userAgent(details.userAgent()).session(ended).build());
    }
}
