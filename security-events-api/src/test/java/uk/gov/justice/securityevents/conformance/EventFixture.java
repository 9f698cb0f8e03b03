package uk.gov.justice.securityevents.conformance;

import java.util.function.Supplier;
import uk.gov.justice.securityevents.SecurityEvent;

/**
 * One event for the conformance suite: a readable name and how to build it. Each event class has at least a
 * "required fields only" and an "every field" fixture.
 *
 * @param name    e.g. {@code LoginFailure/full}
 * @param factory builds the event
 */
public record EventFixture(String name, Supplier<SecurityEvent> factory) {
    /** Builds the event. */
    public SecurityEvent build() {
        return factory.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
