package uk.gov.justice.securityevents.contextual;

import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.infrastructure.ApplicationLifecycleEvent;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 6: a security control (the {@code app}: an EDR agent, WAF, audit daemon…) was enabled, disabled or tampered with.
 * Disabling and tampering are High by default: attackers switch controls off first.
 */
public final class SecurityControlStateChanged extends ApplicationLifecycleEvent {
    /** The control's new state. */
    public enum State {
        /** Enabled: 6 Enable. */
        ENABLED(6, "Enable", "sys_monitor_enabled", Severity.INFORMATIONAL),
        /** Disabled: 7 Disable. */
        DISABLED(7, "Disable", "sys_monitor_disabled", Severity.HIGH),
        /** Tampered with (configuration or binaries changed outside policy): 99 Other, named "Tamper". */
        TAMPERED(Classification.ACTIVITY_OTHER, "Tamper", "sys_monitor_tampered", Severity.HIGH);

        private final Classification classification;

        State(int activityId, String activityName, String eventCode, Severity severity) {
            this.classification = Classification.of(OcsfClass.APPLICATION_LIFECYCLE, activityId, activityName,
                    eventCode, severity, Outcome.SUCCESS);
        }
    }

    /** This event's type: enabled, disabled, tampered. */
    public static final EventType TYPE = EventType.of(SecurityControlStateChanged.class, Principle.P6,
            State.ENABLED.classification, State.DISABLED.classification, State.TAMPERED.classification);

    private final State state;

    private SecurityControlStateChanged(Builder b) {
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

    /** The control's new state. */
    public State state() {
        return state;
    }

    /** Builds a {@link SecurityControlStateChanged}. */
    public static final class Builder extends ApplicationLifecycleEvent.Builder<Builder> {
        private State state;

        private Builder() {
        }

        /** The control's new state (required). */
        public Builder state(State state) {
            this.state = state;
            return this;
        }

        @Override
        public SecurityControlStateChanged build() {
            return new SecurityControlStateChanged(this);
        }
    }
}
