package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/**
 * 2c: an elevation ended or was revoked: Authentication "Logoff" of the elevated identity. Same shape as
 * {@link RoleElevation}; reuse its {@code correlationUid}.
 */
public final class RoleElevationEnded extends ElevationEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(RoleElevationEnded.class, Principle.P2C,
            Classification.of(OcsfClass.AUTHENTICATION, 2, "Logoff", "authz_elevation_ended", Severity.LOW,
                    Outcome.SUCCESS));

    private RoleElevationEnded(Builder b) {
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

    /** Builds a {@link RoleElevationEnded}. */
    public static final class Builder extends ElevationEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public RoleElevationEnded build() {
            return new RoleElevationEnded(this);
        }
    }
}
