package uk.gov.justice.securityevents.activity;

import java.util.Arrays;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Severity;

/** What an API call did to its resource: OCSF API Activity's activity (1 Create, 2 Read, 3 Update, 4 Delete). */
public enum ApiAction {
    /** 1 Create. */
    CREATE(1, "Create"),
    /** 2 Read (including queries and searches). */
    READ(2, "Read"),
    /** 3 Update. */
    UPDATE(3, "Update"),
    /** 4 Delete. */
    DELETE(4, "Delete");

    private final int activityId;
    private final String activityName;

    ApiAction(int activityId, String activityName) {
        this.activityId = activityId;
        this.activityName = activityName;
    }

    /** OCSF {@code activity_id}. */
    public int activityId() {
        return activityId;
    }

    /** OCSF {@code activity_name}. */
    public String activityName() {
        return activityName;
    }

    /** One API Activity classification per action, in declaration order. */
    static Classification[] classifications(String eventCode, Severity severity, Outcome outcome) {
        return Arrays.stream(values())
                .map(a -> Classification.of(OcsfClass.API_ACTIVITY, a.activityId, a.activityName, eventCode,
                        severity, outcome))
                .toArray(Classification[]::new);
    }
}
