package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3a: a service (the {@code app}) started. */
public final class ServiceStarted extends ApplicationLifecycleEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ServiceStarted.class, Principle.P3A,
            Classification.of(OcsfClass.APPLICATION_LIFECYCLE, 3, "Start", "sys_startup", Severity.INFORMATIONAL, Outcome.SUCCESS));

    private ServiceStarted(Builder b) {
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

    /** Builds a {@link ServiceStarted}. */
    public static final class Builder extends ApplicationLifecycleEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ServiceStarted build() {
            return new ServiceStarted(this);
        }
    }
}
