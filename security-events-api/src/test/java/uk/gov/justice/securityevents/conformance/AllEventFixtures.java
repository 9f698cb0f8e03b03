package uk.gov.justice.securityevents.conformance;

import java.util.ArrayList;
import java.util.List;

/** The whole event catalogue as fixtures: every class with required fields only, with every field, and variants. */
public final class AllEventFixtures {
    private AllEventFixtures() {
    }

    /** Every fixture, identity events first. */
    public static List<EventFixture> all() {
        List<EventFixture> all = new ArrayList<>(IdentityEventFixtures.all());
        all.addAll(InfrastructureEventFixtures.all());
        return List.copyOf(all);
    }
}
