package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3b: a suspended or hibernated resource was resumed. */
public final class ResourceResumed extends EntityManagementEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ResourceResumed.class, Principle.P3B,
            Classification.of(OcsfClass.ENTITY_MANAGEMENT, 13, "Resume", "sys_resource_resumed",
                    Severity.INFORMATIONAL, Outcome.SUCCESS));

    private ResourceResumed(Builder b) {
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

    /** Builds a {@link ResourceResumed}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ResourceResumed build() {
            return new ResourceResumed(this);
        }
    }
}
