package uk.gov.justice.securityevents.spring.internal.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.switchuser.AuthenticationSwitchUserEvent;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.authorisation.ElevationEvent.SwitchType;
import uk.gov.justice.securityevents.authorisation.RoleElevation;
import uk.gov.justice.securityevents.authorisation.RoleElevationEnded;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Session;

/**
 * {@code SwitchUserFilter}'s {@link AuthenticationSwitchUserEvent} → RoleElevation when a user switches to another
 * identity, RoleElevationEnded when they switch back (the target is the identity recorded in the
 * {@link SwitchUserGrantedAuthority}). Both carry the same {@code correlation_uid}, kept in the HTTP session between
 * the two. Switching while already switched ends the first elevation and starts another. Reported as
 * {@link SwitchType#IMPERSONATE}: the requester acts as the target user, with the target's permissions.
 */
public final class SwitchUserBridge {
    private static final String CORRELATION = SwitchUserBridge.class.getName() + ".CORRELATION";

    private final BridgeEmitter emitter;

    /** Creates the bridge. */
    public SwitchUserBridge(BridgeEmitter emitter) {
        this.emitter = emitter;
    }

    /** A switch or an exit. */
    @EventListener
    public void onSwitch(AuthenticationSwitchUserEvent event) {
        Authentication current = event.getAuthentication();
        UserDetails target = event.getTargetUser();
        Authentication original = switchedFrom(current);
        RequestDetails details = RequestDetails.current(current.getDetails());
        HttpSession httpSession = httpSession();
        if (original != null) {
            // Leaving the identity currently assumed: an exit, or the first half of a switch while switched.
            String requester = PrincipalNames.authenticated(original);
            String assumed = PrincipalNames.authenticated(current);
            String correlation = takeCorrelation(httpSession, requester, assumed, details.session());
            emitter.emit(() -> RoleElevationEnded.builder().user(PrincipalNames.user(assumed))
                    .actor(actor(requester, details.session())).switchType(SwitchType.IMPERSONATE)
                    .correlationUid(correlation).sourceEndpoint(details.source()).userAgent(details.userAgent())
                    .session(details.session()).build());
            if (target == null || requester.equals(target.getUsername())) {
                return;
            }
        }
        if (target == null) {
            return;
        }
        String requester = PrincipalNames.authenticated(original != null ? original : current);
        String assumed = target.getUsername();
        String correlation = newCorrelation(httpSession, requester, assumed, details.session());
        emitter.emit(() -> RoleElevation.builder().user(PrincipalNames.user(assumed))
                .actor(actor(requester, details.session())).switchType(SwitchType.IMPERSONATE)
                .correlationUid(correlation).sourceEndpoint(details.source()).userAgent(details.userAgent())
                .session(details.session()).build());
    }

    private static Actor actor(String requester, Session session) {
        return session != null ? Actor.user(PrincipalNames.user(requester), session.uid())
                : Actor.user(PrincipalNames.user(requester));
    }

    private static Authentication switchedFrom(Authentication current) {
        for (GrantedAuthority authority : current.getAuthorities()) {
            if (authority instanceof SwitchUserGrantedAuthority) {
                return ((SwitchUserGrantedAuthority) authority).getSource();
            }
        }
        return null;
    }

    private static HttpSession httpSession() {
        ServletRequestAttributes request = RequestDetails.currentAttributes();
        return request != null ? request.getRequest().getSession(false) : null;
    }

    private static String newCorrelation(HttpSession session, String requester, String assumed, Session hashed) {
        if (session == null) {
            return derived(requester, assumed, hashed);
        }
        String correlation = UUID.randomUUID().toString();
        session.setAttribute(CORRELATION, correlation);
        return correlation;
    }

    private static String takeCorrelation(HttpSession session, String requester, String assumed, Session hashed) {
        Object stored = session != null ? session.getAttribute(CORRELATION) : null;
        if (stored instanceof String) {
            session.removeAttribute(CORRELATION);
            return (String) stored;
        }
        return derived(requester, assumed, hashed);
    }

    /** Without a session both halves derive the same id from who switched to whom. */
    private static String derived(String requester, String assumed, Session hashed) {
        String key = requester + '\u0000' + assumed + '\u0000' + (hashed != null ? hashed.uid() : "");
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
