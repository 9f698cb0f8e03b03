package uk.gov.justice.securityevents.spring.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import uk.gov.justice.securityevents.EmittedEvent;

/**
 * Counts emitted events in Micrometer as {@value #METER_NAME}, tagged {@code event.code} and {@code principle}
 * (Prometheus: {@code security_events_emitted_total{event_code="authn_login_fail",principle="1a"}}). The registry is
 * looked up on first use, so this works whatever order Boot 3 or Boot 4 creates the metrics beans in.
 */
public final class MicrometerEmissionCounter implements EmissionObserver {
    /** The meter name: {@value}. */
    public static final String METER_NAME = "security.events.emitted";

    private final ObjectProvider<MeterRegistry> registryProvider;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    /**
     * Creates the counter.
     *
     * @param registryProvider the application's meter registry, when there is one
     */
    public MicrometerEmissionCounter(ObjectProvider<MeterRegistry> registryProvider) {
        this.registryProvider = registryProvider;
    }

    @Override
    public void emitted(EmittedEvent event) {
        MeterRegistry r = registry;
        if (r == null) {
            r = registryProvider.getIfAvailable();
            if (r == null) {
                return;
            }
            registry = r;
        }
        MeterRegistry target = r;
        String code = event.event().eventCode();
        String principle = event.event().principle().reference();
        counters.computeIfAbsent(code + '|' + principle, k -> Counter.builder(METER_NAME)
                .description("Security events emitted, by event code and MoJ principle item")
                .tag("event.code", code).tag("principle", principle).register(target)).increment();
    }
}
