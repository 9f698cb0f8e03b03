package uk.gov.justice.securityevents.infrastructure;

import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * 3c: software (the {@code app}, at its new version) was installed, updated or removed, or an update failed. The
 * version before the change is kept as {@code unmapped.previous_version}; OCSF 1.8.0 has no attribute for it.
 */
public final class SoftwareUpdate extends ApplicationLifecycleEvent {
    /** What happened. */
    public enum Action {
        /** Installed: 1 Install. */
        INSTALLED(1, "Install", "sys_update_installed", Severity.INFORMATIONAL, Outcome.SUCCESS),
        /** Updated: 8 Update. */
        UPDATED(8, "Update", "sys_update_updated", Severity.INFORMATIONAL, Outcome.SUCCESS),
        /** Removed: 2 Remove. */
        REMOVED(2, "Remove", "sys_update_removed", Severity.LOW, Outcome.SUCCESS),
        /** The update failed: 8 Update, status Failure. */
        FAILED(8, "Update", "sys_update_failed", Severity.MEDIUM, Outcome.FAILURE);

        private final Classification classification;

        Action(int activityId, String activityName, String eventCode, Severity severity, Outcome outcome) {
            this.classification = Classification.of(OcsfClass.APPLICATION_LIFECYCLE, activityId, activityName,
                    eventCode, severity, outcome);
        }
    }

    /** This event's type: installed, updated, removed, failed. */
    public static final EventType TYPE = EventType.of(SoftwareUpdate.class, Principle.P3C,
            Action.INSTALLED.classification, Action.UPDATED.classification, Action.REMOVED.classification,
            Action.FAILED.classification);

    private final Action action;
    private final String previousVersion;
    private final String failureReason;

    private SoftwareUpdate(Builder b) {
        super(b);
        this.action = Validate.required(b.action, "activity_id (action)");
        this.previousVersion = Validate.optionalNonBlank(b.previousVersion, "unmapped.previous_version");
        this.failureReason = Validate.optionalNonBlank(b.failureReason, "status_detail (failure reason)");
        if (failureReason != null && action != Action.FAILED) {
            throw new IllegalArgumentException("status_detail (failure reason) is only for a FAILED update");
        }
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
        return action.classification;
    }

    /** What happened. */
    public Action action() {
        return action;
    }

    /** The version before the change, or null. */
    public String previousVersion() {
        return previousVersion;
    }

    @Override
    public String statusDetail() {
        return failureReason;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("previous_version", previousVersion);
    }

    /** Builds a {@link SoftwareUpdate}. */
    public static final class Builder extends ApplicationLifecycleEvent.Builder<Builder> {
        private Action action;
        private String previousVersion;
        private String failureReason;

        private Builder() {
        }

        /** What happened (required). */
        public Builder action(Action action) {
            this.action = action;
            return this;
        }

        /** The version before the change. */
        public Builder previousVersion(String previousVersion) {
            this.previousVersion = previousVersion;
            return this;
        }

        /** Why a FAILED update failed, e.g. {@code CHECKSUM_MISMATCH}. */
        public Builder failureReason(String failureReason) {
            this.failureReason = failureReason;
            return this;
        }

        @Override
        public SoftwareUpdate build() {
            return new SoftwareUpdate(this);
        }
    }
}
