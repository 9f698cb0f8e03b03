package uk.gov.justice.securityevents.authentication;

import java.util.Locale;
import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 1f: the server closed a session or someone revoked it ({@code session.expiration_reason} {@code closed} /
 * {@code revoked}). When an administrator revoked it, the administrator is the {@code actor} (required then). The
 * precise reason is kept in {@code unmapped.close_reason}, since OCSF's two values cannot tell an administrator's
 * revocation from a user's "sign out everywhere".
 */
public final class SessionClosed extends SessionEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(SessionClosed.class, Principle.P1F,
            Classification.of(OcsfClass.AUTHENTICATION, 2, "Logoff", "session_closed", Severity.LOW,
                    Outcome.SUCCESS));

    /** Why the session was closed. */
    public enum Reason {
        /** The server closed it (e.g. on shutdown or a security policy). */
        CLOSED_BY_SERVER("closed"),
        /** An administrator revoked it; the administrator is the actor. */
        REVOKED_BY_ADMIN("revoked"),
        /** The user revoked it, e.g. with "sign out everywhere". */
        REVOKED_BY_USER("revoked");

        private final String expirationReason;

        Reason(String expirationReason) {
            this.expirationReason = expirationReason;
        }
    }

    private final Reason reason;

    private SessionClosed(Builder b) {
        super(b);
        this.reason = Validate.required(b.reason, "session.expiration_reason (reason)");
        if (reason == Reason.REVOKED_BY_ADMIN) {
            Validate.required(actor(), "actor (the administrator who revoked the session)");
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Why the session was closed. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String sessionExpirationReason() {
        return reason.expirationReason;
    }

    @Override
    public String statusDetail() {
        return "LOGOFF_OTHER";
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("close_reason", reason.name().toLowerCase(Locale.ROOT));
    }

    /** Builds a {@link SessionClosed}. */
    public static final class Builder extends AuthenticationEvent.Builder<Builder> {
        private Reason reason;

        private Builder() {
        }

        /** Why the session was closed (required); with {@link Reason#REVOKED_BY_ADMIN} set the actor too. */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public SessionClosed build() {
            return new SessionClosed(this);
        }
    }
}
