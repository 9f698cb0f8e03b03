package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3b: an existing resource was registered (enrolled) with a management plane, e.g. a node joining a cluster. */
public final class ResourceRegistered extends EntityManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ResourceRegistered.class, Principle.P3B,
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 6, "Enroll", "sys_resource_registered",
                    Severity.INFORMATIONAL, Outcome.SUCCESS));

    private ResourceRegistered(Builder b) {
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

    /** Builds a {@link ResourceRegistered}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ResourceRegistered build() {
            return new ResourceRegistered(this);
        }
    }
}
