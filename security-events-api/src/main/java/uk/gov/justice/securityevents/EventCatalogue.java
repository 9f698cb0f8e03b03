package uk.gov.justice.securityevents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;

/**
 * Every event type the SDK defines, with its MoJ principle item and OCSF classification: the source of the event
 * catalogue in {@code docs/} and of principle coverage reports.
 */
public final class EventCatalogue {
    private static final List<EventType> ALL = List.of(
            // authentication
            LoginSuccess.TYPE,
            LoginFailure.TYPE
            // identity-catalogue-end
            // infrastructure-catalogue-end
    );

    private EventCatalogue() {
    }

    /** Every event type, grouped by principle in MoJ order. */
    public static List<EventType> all() {
        List<EventType> sorted = new ArrayList<>(ALL);
        sorted.sort((a, b) -> a.principle().compareTo(b.principle()));
        return Collections.unmodifiableList(sorted);
    }

    /** Event types by principle item; every item has at least one. */
    public static Map<Principle, List<EventType>> byPrinciple() {
        Map<Principle, List<EventType>> map = new EnumMap<>(Principle.class);
        for (EventType t : all()) {
            map.computeIfAbsent(t.principle(), p -> new ArrayList<>()).add(t);
        }
        return map;
    }
}
