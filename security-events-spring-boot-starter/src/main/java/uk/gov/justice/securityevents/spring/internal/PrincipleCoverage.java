package uk.gov.justice.securityevents.spring.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Principle;

/** Counts, since start, the events emitted per MoJ principle item and per event code. Thread-safe, lock-free. */
public final class PrincipleCoverage implements EmissionObserver {
    private final Instant since = Instant.now();
    private final Map<Principle, LongAdder> perPrinciple = new EnumMap<>(Principle.class);
    private final Map<String, LongAdder> perEventCode = new ConcurrentHashMap<>();

    /** Creates an empty table. */
    public PrincipleCoverage() {
        for (Principle p : Principle.values()) {
            perPrinciple.put(p, new LongAdder());
        }
    }

    @Override
    public void emitted(EmittedEvent event) {
        perPrinciple.get(event.event().principle()).increment();
        perEventCode.computeIfAbsent(event.event().eventCode(), code -> new LongAdder()).increment();
    }

    /** When counting started. */
    public Instant since() {
        return since;
    }

    /**
     * Events emitted for one item.
     *
     * @param principle the item
     * @return the count
     */
    public long count(Principle principle) {
        return perPrinciple.get(principle).sum();
    }

    /** Events emitted per event code, a snapshot. */
    public Map<String, Long> countsByEventCode() {
        Map<String, Long> snapshot = new java.util.TreeMap<>();
        perEventCode.forEach((code, n) -> snapshot.put(code, n.sum()));
        return snapshot;
    }
}
