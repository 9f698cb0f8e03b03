package uk.gov.justice.securityevents;

/**
 * The OCSF 1.8.0 event classes this SDK emits. Callers never choose one: each event type fixes its class, so a later
 * OCSF version can move an event to another class without changing the Java API.
 */
public enum OcsfClass {
    /** 3001. */
    ACCOUNT_CHANGE(3001, "Account Change", 3, "Identity & Access Management"),
    /** 3002. */
    AUTHENTICATION(3002, "Authentication", 3, "Identity & Access Management"),
    /** 3004. */
    ENTITY_MANAGEMENT(3004, "Entity Management", 3, "Identity & Access Management"),
    /** 3005. */
    USER_ACCESS_MANAGEMENT(3005, "User Access Management", 3, "Identity & Access Management"),
    /** 3006. */
    GROUP_MANAGEMENT(3006, "Group Management", 3, "Identity & Access Management"),
    /** 4001. */
    NETWORK_ACTIVITY(4001, "Network Activity", 4, "Network Activity"),
    /** 4002. */
    HTTP_ACTIVITY(4002, "HTTP Activity", 4, "Network Activity"),
    /** 4003. */
    DNS_ACTIVITY(4003, "DNS Activity", 4, "Network Activity"),
    /** 4004. */
    DHCP_ACTIVITY(4004, "DHCP Activity", 4, "Network Activity"),
    /** 5004. */
    PATCH_STATE(5004, "Operating System Patch State", 5, "Discovery"),
    /** 5019. */
    DEVICE_CONFIG_STATE_CHANGE(5019, "Device Config State Change", 5, "Discovery"),
    /** 6002. */
    APPLICATION_LIFECYCLE(6002, "Application Lifecycle", 6, "Application Activity"),
    /** 6003. */
    API_ACTIVITY(6003, "API Activity", 6, "Application Activity"),
    /** 6005. */
    DATASTORE_ACTIVITY(6005, "Datastore Activity", 6, "Application Activity"),
    /** 5023. */
    CLOUD_RESOURCES_INVENTORY_INFO(5023, "Cloud Resources Inventory Info", 5, "Discovery"),
    /** 2004. */
    DETECTION_FINDING(2004, "Detection Finding", 2, "Findings");

    private final int uid;
    private final String caption;
    private final int categoryUid;
    private final String categoryCaption;

    OcsfClass(int uid, String caption, int categoryUid, String categoryCaption) {
        this.uid = uid;
        this.caption = caption;
        this.categoryUid = categoryUid;
        this.categoryCaption = categoryCaption;
    }

    /** {@code class_uid}. */
    public int uid() {
        return uid;
    }

    /** {@code class_name}. */
    public String caption() {
        return caption;
    }

    /** {@code category_uid}. */
    public int categoryUid() {
        return categoryUid;
    }

    /** {@code category_name}. */
    public String categoryCaption() {
        return categoryCaption;
    }
}
