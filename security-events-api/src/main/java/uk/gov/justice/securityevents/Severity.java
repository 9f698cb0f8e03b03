package uk.gov.justice.securityevents;

/** OCSF {@code severity_id}. Each event type has a default; callers may override it per event. */
public enum Severity {
    /** 0. */
    UNKNOWN(0, "Unknown"),
    /** 1. */
    INFORMATIONAL(1, "Informational"),
    /** 2. */
    LOW(2, "Low"),
    /** 3. */
    MEDIUM(3, "Medium"),
    /** 4. */
    HIGH(4, "High"),
    /** 5. */
    CRITICAL(5, "Critical"),
    /** 6. */
    FATAL(6, "Fatal");

    private final int id;
    private final String caption;

    Severity(int id, String caption) {
        this.id = id;
        this.caption = caption;
    }

    /** The OCSF {@code severity_id}. */
    public int id() {
        return id;
    }

    /** The OCSF caption ({@code severity}). */
    public String caption() {
        return caption;
    }
}
