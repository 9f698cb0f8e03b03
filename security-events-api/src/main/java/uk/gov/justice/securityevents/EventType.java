package uk.gov.justice.securityevents;

import java.util.List;
import java.util.Objects;

/**
 * Describes one Java event class: the MoJ principle item it evidences and every classification its instances can
 * take. Each event class publishes its type as a {@code TYPE} constant; {@link EventCatalogue} lists them all.
 */
public final class EventType {
    private final Class<? extends SecurityEvent> javaClass;
    private final Principle principle;
    private final List<Classification> classifications;

    private EventType(Class<? extends SecurityEvent> javaClass, Principle principle,
            List<Classification> classifications) {
        this.javaClass = Objects.requireNonNull(javaClass, "javaClass");
        this.principle = Objects.requireNonNull(principle, "principle");
        if (classifications.isEmpty()) {
            throw new IllegalArgumentException("an event type needs at least one classification: " + javaClass);
        }
        this.classifications = List.copyOf(classifications);
    }

    /**
     * Creates an event type.
     *
     * @param javaClass       the event class
     * @param principle       the MoJ item it evidences
     * @param classifications every classification its instances can take; the first is the usual one
     * @return the type
     */
    public static EventType of(Class<? extends SecurityEvent> javaClass, Principle principle,
            Classification... classifications) {
        return new EventType(javaClass, principle, List.of(classifications));
    }

    /** The Java class. */
    public Class<? extends SecurityEvent> javaClass() {
        return javaClass;
    }

    /** The MoJ principle item. */
    public Principle principle() {
        return principle;
    }

    /** Every classification, the usual one first. */
    public List<Classification> classifications() {
        return classifications;
    }

    /** The usual classification. */
    public Classification classification() {
        return classifications.get(0);
    }

    /**
     * The classification with the given event code.
     *
     * @param eventCode a {@code metadata.event_code} of this type
     * @return the classification
     * @throws IllegalArgumentException if this type has no such code
     */
    public Classification classification(String eventCode) {
        for (Classification c : classifications) {
            if (c.eventCode().equals(eventCode)) {
                return c;
            }
        }
        throw new IllegalArgumentException(javaClass.getSimpleName() + " has no event code " + eventCode);
    }

    @Override
    public String toString() {
        return javaClass.getSimpleName() + " " + principle.reference() + " " + classifications;
    }
}
