package uk.gov.justice.securityevents.authentication;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 1c: the user logged out ({@code status_detail} {@code LOGOFF_USER_INITIATED}). */
public final class Logout extends AuthenticationEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(Logout.class, Principle.P1C,
            Classification.of(OcsfClass.AUTHENTICATION, 2, "Logoff", "authn_logout", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    private Logout(Builder b) {
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

    @Override
    public String statusDetail() {
        return "LOGOFF_USER_INITIATED";
    }

    /** Builds a {@link Logout}. */
    public static final class Builder extends AuthenticationEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public Logout build() {
            return new Logout(this);
        }
    }
}
