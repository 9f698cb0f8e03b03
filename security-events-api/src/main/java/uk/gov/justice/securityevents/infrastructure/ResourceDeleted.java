package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3b: a resource was deleted. */
public final class ResourceDeleted extends EntityManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ResourceDeleted.class, Principle.P3B,
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 4, "Delete", "sys_resource_deleted",
                    Severity.LOW, Outcome.SUCCESS));

    private ResourceDeleted(Builder b) {
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

    /** Builds a {@link ResourceDeleted}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ResourceDeleted build() {
            return new ResourceDeleted(this);
        }
    }
}
