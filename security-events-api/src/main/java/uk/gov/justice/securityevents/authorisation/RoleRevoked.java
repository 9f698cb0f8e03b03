package uk.gov.justice.securityevents.authorisation;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 2b: roles were revoked from a user; the role names are the {@code privileges} (required, non-empty). */
public final class RoleRevoked extends UserAccessEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(RoleRevoked.class, Principle.P2B,
            Classification.of(OcsfClass.USER_ACCESS_MANAGEMENT, 2, "Revoke Privileges", "authz_role_revoked", Severity.LOW, Outcome.SUCCESS));

    private RoleRevoked(Builder b) {
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

    /** Builds a {@link RoleRevoked}. */
    public static final class Builder extends UserAccessEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public RoleRevoked build() {
            return new RoleRevoked(this);
        }
    }
}
