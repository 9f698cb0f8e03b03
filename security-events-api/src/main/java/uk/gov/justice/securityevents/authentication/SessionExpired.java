package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 1e: a session timed out, idle or absolute ({@code session.expiration_reason} {@code idle_timeout} /
 * {@code absolute_timeout}); the {@code session} is required.
 */
public final class SessionExpired extends SessionEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(SessionExpired.class, Principle.P1E,
            Classification.of(OcsfClass.AUTHENTICATION, 2, "Logoff", "session_expired", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    /** Which timeout ended the session. */
    public enum Reason {
        /** No activity for the idle timeout. */
        IDLE_TIMEOUT,
        /** The session reached its maximum lifetime. */
        ABSOLUTE_TIMEOUT
    }

    private final Reason reason;

    private SessionExpired(Builder b) {
        super(b);
        this.reason = Validate.required(b.reason, "session.expiration_reason (reason)");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Which timeout ended the session. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String sessionExpirationReason() {
        return reason == Reason.IDLE_TIMEOUT ? "idle_timeout" : "absolute_timeout";
    }

    @Override
    public String statusDetail() {
        return "LOGOFF_OTHER";
    }

    /** Builds a {@link SessionExpired}. */
    public static final class Builder extends AuthenticationEvent.Builder<Builder> {
        private Reason reason;

        private Builder() {
        }

        /** Which timeout ended the session (required). */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        @Override
        public SessionExpired build() {
            return new SessionExpired(this);
        }
    }
}
