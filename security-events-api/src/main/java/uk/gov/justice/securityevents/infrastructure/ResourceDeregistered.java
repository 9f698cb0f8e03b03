package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3b: a resource was de-registered (unenrolled) from a management plane. */
public final class ResourceDeregistered extends EntityManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ResourceDeregistered.class, Principle.P3B,
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 7, "Unenroll", "sys_resource_deregistered",
                    Severity.LOW, Outcome.SUCCESS));

    private ResourceDeregistered(Builder b) {
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

    /** Builds a {@link ResourceDeregistered}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ResourceDeregistered build() {
            return new ResourceDeregistered(this);
        }
    }
}
