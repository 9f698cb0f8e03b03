package uk.gov.justice.securityevents.spring.internal.security;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.model.Session;

/**
 * A session that application code invalidated during the current request (not a timeout), held until the request
 * completes: a logout in the same request claims it (one Logout event, carrying the session it ended), otherwise it
 * is reported as SessionClosed when the request completes.
 */
final class PendingSessionClose {
    private static final String KEY = PendingSessionClose.class.getName();

    final Session session;
    final String userName;
    boolean claimed;

    private PendingSessionClose(Session session, String userName) {
        this.session = session;
        this.userName = userName;
    }

    /**
     * Holds a closed session in the request.
     *
     * @param request      the current request
     * @param session      the hashed session
     * @param userName     its owner
     * @param onUnclaimed  what to do at request completion if no logout claimed it
     */
    static void hold(ServletRequestAttributes request, Session session, String userName,
            java.util.function.Consumer<PendingSessionClose> onUnclaimed) {
        PendingSessionClose pending = new PendingSessionClose(session, userName);
        request.setAttribute(KEY, pending, RequestAttributes.SCOPE_REQUEST);
        request.registerDestructionCallback(KEY, () -> {
            if (!pending.claimed) {
                onUnclaimed.accept(pending);
            }
        }, RequestAttributes.SCOPE_REQUEST);
    }

    /**
     * Claims the session closed in this request, if any, so it is not reported again as SessionClosed.
     *
     * @param request the current request, may be null
     * @return the hashed session, or null
     */
    static Session claim(ServletRequestAttributes request) {
        if (request == null) {
            return null;
        }
        Object pending = request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
        if (pending instanceof PendingSessionClose && !((PendingSessionClose) pending).claimed) {
            ((PendingSessionClose) pending).claimed = true;
            return ((PendingSessionClose) pending).session;
        }
        return null;
    }
}
