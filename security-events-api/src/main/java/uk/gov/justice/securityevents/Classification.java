package uk.gov.justice.securityevents;

import java.util.Objects;

/**
 * One way an event type is classified on the wire: OCSF class and activity, the stable {@code metadata.event_code},
 * the default severity and the outcome. Most event types have exactly one; a few (e.g. {@code SoftwareUpdate}) have one
 * per variant.
 */
public final class Classification {
    /** OCSF's activity id for "Other": the activity name then carries the SDK's label. */
    public static final int ACTIVITY_OTHER = 99;

    private final OcsfClass ocsfClass;
    private final int activityId;
    private final String activityName;
    private final String eventCode;
    private final Severity severity;
    private final Outcome outcome;
    /** Built once: the writer looks its pre-encoded bytes up by identity, so a new string per event would miss. */
    private final String typeName;

    private Classification(OcsfClass ocsfClass, int activityId, String activityName, String eventCode,
            Severity severity, Outcome outcome) {
        this.ocsfClass = Objects.requireNonNull(ocsfClass, "ocsfClass");
        this.activityId = activityId;
        this.activityName = Objects.requireNonNull(activityName, "activityName");
        this.eventCode = Objects.requireNonNull(eventCode, "eventCode");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.typeName = ocsfClass.caption() + ": " + activityName;
    }

    /**
     * Creates a classification.
     *
     * @param ocsfClass    the OCSF class
     * @param activityId   the OCSF activity id within the class
     * @param activityName the OCSF activity caption (or the SDK label when {@code activityId} is 99)
     * @param eventCode    the stable {@code metadata.event_code}
     * @param severity     the default severity
     * @param outcome      the outcome ({@code status_id})
     * @return the classification
     */
    public static Classification of(OcsfClass ocsfClass, int activityId, String activityName, String eventCode,
            Severity severity, Outcome outcome) {
        return new Classification(ocsfClass, activityId, activityName, eventCode, severity, outcome);
    }

    /** The OCSF class. */
    public OcsfClass ocsfClass() {
        return ocsfClass;
    }

    /** {@code activity_id}. */
    public int activityId() {
        return activityId;
    }

    /** {@code activity_name}. */
    public String activityName() {
        return activityName;
    }

    /** {@code type_uid} = {@code class_uid * 100 + activity_id}. */
    public long typeUid() {
        return ocsfClass.uid() * 100L + activityId;
    }

    /** {@code type_name}, "Class: Activity". */
    public String typeName() {
        return typeName;
    }

    /** {@code metadata.event_code}. */
    public String eventCode() {
        return eventCode;
    }

    /** The default {@code severity_id}. */
    public Severity severity() {
        return severity;
    }

    /** {@code status_id}. */
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return eventCode + " (" + typeUid() + " " + typeName() + ")";
    }
}
