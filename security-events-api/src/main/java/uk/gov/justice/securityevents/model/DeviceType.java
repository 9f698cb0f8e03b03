package uk.gov.justice.securityevents.model;

/** OCSF {@code device.type_id} (the endpoint type enum). */
public enum DeviceType {
    /** 1. */
    SERVER(1, "Server"),
    /** 2. */
    DESKTOP(2, "Desktop"),
    /** 3. */
    LAPTOP(3, "Laptop"),
    /** 4. */
    TABLET(4, "Tablet"),
    /** 5. */
    MOBILE(5, "Mobile"),
    /** 6: virtual machine or container host. */
    VIRTUAL(6, "Virtual"),
    /** 99: anything else, e.g. a network appliance. */
    OTHER(99, "Other");

    private final int id;
    private final String caption;

    DeviceType(int id, String caption) {
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
