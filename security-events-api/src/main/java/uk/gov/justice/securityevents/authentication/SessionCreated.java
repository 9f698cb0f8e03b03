package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/**
 * 1d: a session was created; the {@code session} is required. Carried as an Authentication Logon told apart from a
 * login by its {@code event_code} ({@code session_created}).
 */
public final class SessionCreated extends SessionEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(SessionCreated.class, Principle.P1D,
            Classification.of(OcsfClass.AUTHENTICATION, 1, "Logon", "session_created", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    private SessionCreated(Builder b) {
        super(b);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Builds a {@link SessionCreated}. */
    public static final class Builder extends AuthenticationEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public SessionCreated build() {
            return new SessionCreated(this);
        }
    }
}
