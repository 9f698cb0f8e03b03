package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3b: a resource (VM, container, bucket…) was created. */
public final class ResourceCreated extends EntityManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ResourceCreated.class, Principle.P3B,
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 1, "Create", "sys_resource_created",
                    Severity.INFORMATIONAL, Outcome.SUCCESS));

    private ResourceCreated(Builder b) {
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

    /** Builds a {@link ResourceCreated}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ResourceCreated build() {
            return new ResourceCreated(this);
        }
    }
}
