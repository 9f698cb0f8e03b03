package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3b: a resource was suspended or hibernated (stopped but kept). */
public final class ResourceSuspended extends EntityManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ResourceSuspended.class, Principle.P3B,
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 12, "Suspend", "sys_resource_suspended",
                    Severity.LOW, Outcome.SUCCESS));

    private ResourceSuspended(Builder b) {
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

    /** Builds a {@link ResourceSuspended}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ResourceSuspended build() {
            return new ResourceSuspended(this);
        }
    }
}
