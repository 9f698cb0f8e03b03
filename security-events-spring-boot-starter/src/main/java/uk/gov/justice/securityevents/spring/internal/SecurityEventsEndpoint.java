package uk.gov.justice.securityevents.spring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import uk.gov.justice.securityevents.Principle;

/**
 * Actuator endpoint {@code securityevents}: the principle coverage table (events emitted since start per MoJ
 * principle item, and the items the platform is declared to cover), where events go, and (once the transport is
 * integrated) delivery counters. Plain maps, so it renders the same with Boot 3's Jackson 2 and Boot 4's Jackson 3.
 */
@Endpoint(id = SecurityEventsEndpoint.ID)
public final class SecurityEventsEndpoint {
    /** The endpoint id: {@value}. */
    public static final String ID = "securityevents";

    private final PrincipleCoverage coverage;
    private final ServiceIdentity identity;
    private final List<Principle> platformCovered;
    private final OutputInventory outputs;
    private final ObjectProvider<DeliveryReport> delivery;

    /**
     * Creates the endpoint.
     *
     * @param coverage        the emission counts
     * @param identity        the service
     * @param platformCovered items declared covered by the platform
     * @param outputs         where events go
     * @param delivery        delivery counters, once the transport provides them
     */
    public SecurityEventsEndpoint(PrincipleCoverage coverage, ServiceIdentity identity,
            List<Principle> platformCovered, OutputInventory outputs, ObjectProvider<DeliveryReport> delivery) {
        this.coverage = coverage;
        this.identity = identity;
        this.platformCovered = List.copyOf(platformCovered);
        this.outputs = outputs;
        this.delivery = delivery;
    }

    /** The report. */
    @ReadOperation
    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("name", identity.serviceName());
        putIfSet(service, "version", identity.serviceVersion());
        putIfSet(service, "environment", identity.environment());
        putIfSet(service, "tenant", identity.tenant());
        report.put("service", service);
        report.put("since", coverage.since().toString());
        List<Map<String, Object>> principles = new ArrayList<>();
        int coveredItems = 0;
        for (Principle p : Principle.values()) {
            long emitted = coverage.count(p);
            boolean byPlatform = platformCovered.contains(p);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", p.reference());
            row.put("heading", p.heading());
            row.put("item", p.text());
            row.put("emitted", emitted);
            row.put("platformCovered", byPlatform);
            row.put("covered", emitted > 0 || byPlatform);
            principles.add(row);
            coveredItems += emitted > 0 || byPlatform ? 1 : 0;
        }
        report.put("principles", principles);
        report.put("coveredItems", coveredItems);
        report.put("totalItems", Principle.values().length);
        report.put("eventCodes", coverage.countsByEventCode());
        List<String> outputList = new ArrayList<>();
        outputs.outputs().forEach(o -> outputList.add(o.description()));
        report.put("outputs", outputList);
        DeliveryReport d = delivery.getIfAvailable();
        Map<String, Object> counters = d == null ? null : d.snapshot();
        if (counters != null) {
            report.put("delivery", counters);
        }
        return report;
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
