package uk.gov.justice.securityevents.authorisation;

import java.time.Instant;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.model.Session;

/**
 * 2c: a user temporarily assumed a higher privilege (sudo, assume-role, just-in-time admin): Authentication
 * "Account Switch". The {@code user} is the identity or role account assumed, the {@code actor} the requester. Set a
 * {@code correlationUid} and reuse it on the matching {@link RoleElevationEnded}; {@code expiresAt} becomes
 * {@code session.expiration_time}.
 */
public final class RoleElevation extends ElevationEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(RoleElevation.class, Principle.P2C,
            Classification.of(OcsfClass.AUTHENTICATION, 7, "Account Switch", "authz_elevated", Severity.MEDIUM,
                    Outcome.SUCCESS));

    private final Instant expiresAt;
    private final Session session;

    private RoleElevation(Builder b) {
        super(b);
        this.expiresAt = b.expiresAt;
        this.session = withExpiry(super.session(), expiresAt);
    }

    /** The caller's session with its expiry set to the end of the elevation. */
    private static Session withExpiry(Session s, Instant expiresAt) {
        if (expiresAt == null) {
            return s;
        }
        Session.Builder copy = Session.builder().expirationTime(expiresAt);
        if (s != null) {
            copy.uid(s.uid()).createdTime(s.createdTime()).issuer(s.issuer());
            if (s.remote() != null) {
                copy.remote(s.remote());
            }
            if (s.mfa() != null) {
                copy.mfa(s.mfa());
            }
        }
        return copy.build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** When the elevation ends, or null. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The elevated session, with {@code expiration_time} = {@link #expiresAt()} when set; or null. */
    @Override
    public Session session() {
        return session;
    }

    /** Builds a {@link RoleElevation}. */
    public static final class Builder extends ElevationEvent.Builder<Builder> {
        private Instant expiresAt;

        private Builder() {
        }

        /** When the elevation ends ({@code session.expiration_time}). */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        @Override
        public RoleElevation build() {
            return new RoleElevation(this);
        }
    }
}
