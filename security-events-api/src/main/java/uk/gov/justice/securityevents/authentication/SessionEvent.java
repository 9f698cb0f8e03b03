package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.internal.Validate;

/**
 * Authentication events about the session life cycle (creation, expiry, close). OCSF 1.8.0 has no session class, so
 * they are Logon/Logoff activities told apart from logins and logouts by {@code metadata.event_code}; the
 * {@code session} is therefore required.
 */
public abstract class SessionEvent extends AuthenticationEvent {
    /**
     * Copies the shared fields, checking that the session is set.
     *
     * @param builder the builder
     */
    protected SessionEvent(AuthenticationEvent.Builder<?> builder) {
        super(builder);
        Validate.required(session(), "session");
    }
}
