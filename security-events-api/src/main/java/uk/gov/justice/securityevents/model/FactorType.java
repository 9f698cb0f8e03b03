package uk.gov.justice.securityevents.model;

/** OCSF {@code auth_factor.factor_type_id}: the kind of authentication factor. */
public enum FactorType {
    /** 1. */
    SMS(1, "SMS"),
    /** 2. */
    SECURITY_QUESTION(2, "Security Question"),
    /** 3. */
    PHONE_CALL(3, "Phone Call"),
    /** 4. */
    BIOMETRIC(4, "Biometric"),
    /** 5. */
    PUSH_NOTIFICATION(5, "Push Notification"),
    /** 6. */
    HARDWARE_TOKEN(6, "Hardware Token"),
    /** 7. */
    OTP(7, "OTP"),
    /** 8. */
    EMAIL(8, "Email"),
    /** 9. */
    U2F(9, "U2F"),
    /** 10. */
    WEBAUTHN(10, "WebAuthn"),
    /** 11. */
    PASSWORD(11, "Password");

    private final int id;
    private final String caption;

    FactorType(int id, String caption) {
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
