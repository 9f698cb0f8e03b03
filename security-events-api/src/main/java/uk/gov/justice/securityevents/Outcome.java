package uk.gov.justice.securityevents;

/** OCSF {@code status_id}: whether the activity the event describes succeeded. Always set by the SDK. */
public enum Outcome {
    /** 0: genuinely unknown. */
    UNKNOWN(0, "Unknown"),
    /** 1. */
    SUCCESS(1, "Success"),
    /** 2. */
    FAILURE(2, "Failure");

    private final int id;
    private final String caption;

    Outcome(int id, String caption) {
        this.id = id;
        this.caption = caption;
    }

    /** The OCSF {@code status_id}. */
    public int id() {
        return id;
    }

    /** The OCSF caption ({@code status}). */
    public String caption() {
        return caption;
    }
}
