package uk.gov.justice.securityevents.infrastructure;

import java.util.Arrays;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.Resource;

/**
 * 3a: a host was powered on, off, rebooted, put to sleep, hibernated or woken. The host is the required
 * {@code device}, written as the managed entity (type Device). OCSF 1.8.0 has no power class, so this uses Entity
 * Management Activate/Deactivate/Suspend/Resume (and 99 "Reboot"); OCSF 1.9 adds Device Power State Activity (1011).
 *
 * <p>Default severity is Low, except power-off (Medium): an unplanned shutdown stops the host's own logging and
 * protection. Reboots stay Low because routine patch cycles produce them in volume.
 */
public final class PowerStateChanged extends EntityManagementEvent {
    /** The new power state, each with its OCSF activity and event code. */
    public enum State {
        /** Powered on: 10 Activate. */
        ON(10, "Activate", "sys_power_on", Severity.LOW),
        /** Powered off: 11 Deactivate. */
        OFF(11, "Deactivate", "sys_power_off", Severity.MEDIUM),
        /** Rebooted: 99 Other, named "Reboot". */
        REBOOT(Classification.ACTIVITY_OTHER, "Reboot", "sys_restart", Severity.LOW),
        /** Put to sleep: 12 Suspend. */
        SLEEP(12, "Suspend", "sys_power_sleep", Severity.LOW),
        /** Hibernated: 12 Suspend. */
        HIBERNATE(12, "Suspend", "sys_power_hibernate", Severity.LOW),
        /** Woken from sleep or hibernation: 13 Resume. */
        WAKE(13, "Resume", "sys_power_wake", Severity.LOW);

        private final Classification classification;

        State(int activityId, String activityName, String eventCode, Severity severity) {
            this.classification = Classification.of(OcsfClass.ENTITY_MANAGEMENT, activityId, activityName, eventCode,
                    severity, Outcome.SUCCESS);
        }
    }

    /** This event's type. */
    public static final EventType TYPE = EventType.of(PowerStateChanged.class, Principle.P3A,
            Arrays.stream(State.values()).map(s -> s.classification).toArray(Classification[]::new));

    private final State state;

    private PowerStateChanged(Builder b) {
        super(b);
        this.state = Validate.required(b.state, "activity_id (state)");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    @Override
    public Classification classification() {
        return state.classification;
    }

    /** The new power state. */
    public State state() {
        return state;
    }

    @Override
    protected Object subject() {
        return device();
    }

    /** Builds a {@link PowerStateChanged}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private State state;

        private Builder() {
        }

        /** The new power state (required). */
        public Builder state(State state) {
            this.state = state;
            return this;
        }

        /** The host (required); shortcut for {@link #device(Device)}. */
        public Builder host(Device host) {
            return device(host);
        }

        @Override
        public PowerStateChanged build() {
            Device host = Validate.required(device(), "entity.device");
            if (entity() == null) {
                // The host itself is the managed entity.
                String name = host.hostname() != null ? host.hostname() : host.uid() == null ? host.ip() : null;
                entity(Resource.of("device", host.uid(), name));
            }
            return new PowerStateChanged(this);
        }
    }
}
