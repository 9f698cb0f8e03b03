package uk.gov.justice.securityevents.model;

/** OCSF {@code user.type_id}. */
public enum UserType {
    /** 1. */
    USER(1, "User"),
    /** 2. */
    ADMIN(2, "Admin"),
    /** 3. */
    SYSTEM(3, "System"),
    /** 4. */
    SERVICE(4, "Service");

    private final int id;
    private final String caption;

    UserType(int id, String caption) {
        this.id = id;
        this.caption = caption;
    }

    /** OCSF id. */
    public int id() {
        return id;
    }

    /** OCSF caption. */
    public String caption() {
        return caption;
    }
}
