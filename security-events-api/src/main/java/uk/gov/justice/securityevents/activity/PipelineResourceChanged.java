package uk.gov.justice.securityevents.activity;

import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.infrastructure.EntityManagementEvent;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * Enhanced tier, pipeline events: a deployment pipeline created or destroyed a resource (Entity Management 3004).
 * The {@code actor} is the pipeline identity (required); repository, target environment and the user who triggered
 * the run have no OCSF 1.8.0 attribute, so they are {@code unmapped.repository}, {@code target_environment} and
 * {@code triggered_by}.
 */
public final class PipelineResourceChanged extends EntityManagementEvent {
    /** What the pipeline did. */
    public enum Change {
        /** Created: 1 Create. */
        CREATED(1, "Create", "pipeline_resource_created"),
        /** Destroyed: 4 Delete. */
        DESTROYED(4, "Delete", "pipeline_resource_destroyed");

        private final Classification classification;

        Change(int activityId, String activityName, String eventCode) {
            this.classification = Classification.of(OcsfClass.ENTITY_MANAGEMENT, activityId, activityName,
                    eventCode, Severity.LOW, Outcome.SUCCESS);
        }
    }

    /** This event's type: created, destroyed. */
    public static final EventType TYPE = EventType.of(PipelineResourceChanged.class, Principle.E1,
            Change.CREATED.classification, Change.DESTROYED.classification);

    private final Change change;
    private final String repository;
    private final String targetEnvironment;
    private final String triggeredBy;

    private PipelineResourceChanged(Builder b) {
        super(b);
        Validate.required(actor(), "actor (pipeline identity)");
        this.change = Validate.required(b.change, "activity_id (change)");
        this.repository = Validate.nonBlank(b.repository, "unmapped.repository");
        this.targetEnvironment = Validate.nonBlank(b.targetEnvironment, "unmapped.target_environment");
        this.triggeredBy = Validate.optionalNonBlank(b.triggeredBy, "unmapped.triggered_by");
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
        return change.classification;
    }

    /** What the pipeline did. */
    public Change change() {
        return change;
    }

    /** The source repository, e.g. {@code ministryofjustice/case-api}. */
    public String repository() {
        return repository;
    }

    /** The target environment, e.g. {@code production}. */
    public String targetEnvironment() {
        return targetEnvironment;
    }

    /** Who triggered the run, or null. */
    public String triggeredBy() {
        return triggeredBy;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("repository", repository, "target_environment", targetEnvironment, "triggered_by",
                triggeredBy);
    }

    /** Builds a {@link PipelineResourceChanged}. */
    public static final class Builder extends EntityManagementEvent.Builder<Builder> {
        private Change change;
        private String repository;
        private String targetEnvironment;
        private String triggeredBy;

        private Builder() {
        }

        /** What the pipeline did (required). */
        public Builder change(Change change) {
            this.change = change;
            return this;
        }

        /** The source repository (required). */
        public Builder repository(String repository) {
            this.repository = repository;
            return this;
        }

        /** The target environment (required). */
        public Builder targetEnvironment(String targetEnvironment) {
            this.targetEnvironment = targetEnvironment;
            return this;
        }

        /** The user who triggered the run (an id or login). */
        public Builder triggeredBy(String triggeredBy) {
            this.triggeredBy = triggeredBy;
            return this;
        }

        @Override
        public PipelineResourceChanged build() {
            return new PipelineResourceChanged(this);
        }
    }
}
