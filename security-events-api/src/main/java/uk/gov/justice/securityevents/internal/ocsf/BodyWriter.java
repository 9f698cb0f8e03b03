package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.SecurityEvent;

/**
 * Writes the class-specific attributes of one family of events (one OCSF class), after the envelope and before
 * {@code unmapped}.
 *
 * @param <E> the family
 */
interface BodyWriter<E extends SecurityEvent> {
    /** Writes the attributes. */
    void write(E event, JsonOut out);

    /**
     * The {@code status} caption when the class gives {@code status_id} its own meaning (Findings: 1 = New), or null
     * for the usual Success/Failure captions.
     */
    default String statusCaption(E event) {
        return null;
    }

    /** Whether the family writes attributes of the {@code security_control} profile. */
    default boolean usesSecurityControl() {
        return false;
    }

    /** Whether the family writes its own {@code device} (the host profile's device is then the subject, not us). */
    default boolean writesDevice() {
        return false;
    }
}
