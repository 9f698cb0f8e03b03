package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;

/** 3a: a service (the {@code app}) stopped. */
public final class ServiceStopped extends ApplicationLifecycleEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(ServiceStopped.class, Principle.P3A,
            Classification.of(OcsfClass.APPLICATION_LIFECYCLE, 4, "Stop", "sys_shutdown", Severity.LOW, Outcome.SUCCESS));

    private ServiceStopped(Builder b) {
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

    /** Builds a {@link ServiceStopped}. */
    public static final class Builder extends ApplicationLifecycleEvent.Builder<Builder> {
        private Builder() {
        }

        @Override
        public ServiceStopped build() {
            return new ServiceStopped(this);
        }
    }
}
