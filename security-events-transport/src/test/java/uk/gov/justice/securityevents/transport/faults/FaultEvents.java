package uk.gov.justice.securityevents.transport.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/**
 * OCSF-shaped events of a realistic size (about 800 bytes of JSON) carrying what the {@code DeliveryVerifier}
 * reads: {@code metadata.uid}, {@code metadata.sequence} and {@code metadata.reporter.uid} (the producer).
 */
final class FaultEvents {

    private static final String PADDING = "x".repeat(420);

    private FaultEvents() {
    }

    static String uid(String reporter, long sequence) {
        return UUID.nameUUIDFromBytes((reporter + "/" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static OutboundEvent event(String reporter, long sequence) {
        String uid = uid(reporter, sequence);
        Instant time = Instant.now();
        String json = "{\"class_uid\":3002,\"category_uid\":3,\"activity_id\":1,\"type_uid\":300201,\"severity_id\":3,"
                + "\"status_id\":2,\"time\":" + time.toEpochMilli() + ",\"metadata\":{\"version\":\"1.8.0\",\"uid\":\""
                + uid + "\",\"sequence\":" + sequence + ",\"event_code\":\"authn_login_fail\",\"reporter\":{\"name\":"
                + "\"fault-suite\",\"uid\":\"" + reporter + "\"},\"product\":{\"name\":\"fault-suite\",\"vendor_name\":"
                + "\"MoJ\"}},\"user\":{\"name\":\"alice\"},\"message\":\"Login failed " + PADDING + "\"}";
        return OutboundEvent.builder()
                .json(json.getBytes(StandardCharsets.UTF_8))
                .uid(uid).time(time).sequence(sequence)
                .classUid(3002).activityId(1).typeUid(300201).severityId(3)
                .eventCode("authn_login_fail").serviceName("fault-suite").hostname("localhost")
                .build();
    }
}
