package uk.gov.justice.securityevents.transport.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import uk.gov.justice.securityevents.transport.OutboundEvent;

/** Small, valid OCSF-shaped events whose JSON carries {@code "n"} so a receiver can tell them apart. */
public final class TestEvents {

    /** Base time of generated events (with microseconds, to check syslog timestamps keep them). */
    public static final Instant BASE_TIME = Instant.parse("2026-05-01T10:00:00.123456Z");

    private TestEvents() {
    }

    /**
     * @param n distinguishing number, also the sequence
     * @return an Authentication logon-failure event
     */
    public static OutboundEvent event(int n) {
        return event(n, "");
    }

    /**
     * @param n       distinguishing number
     * @param padding extra text put in the JSON (to make large events)
     * @return the event
     */
    public static OutboundEvent event(int n, String padding) {
        String uid = uid(n);
        Instant time = BASE_TIME.plusMillis(n);
        String json = "{\"class_uid\":3002,\"activity_id\":1,\"type_uid\":300201,\"severity_id\":3,"
                + "\"time\":" + time.toEpochMilli() + ",\"metadata\":{\"version\":\"1.8.0\",\"uid\":\"" + uid
                + "\",\"sequence\":" + n + ",\"event_code\":\"authn_login_fail\"},\"message\":\"Login failed \\u00e9"
                + padding + "\",\"n\":" + n + "}";
        return OutboundEvent.builder()
                .json(json.getBytes(StandardCharsets.UTF_8))
                .uid(uid)
                .time(time)
                .sequence(n)
                .classUid(3002)
                .activityId(1)
                .typeUid(300201)
                .severityId(3)
                .eventCode("authn_login_fail")
                .tenant("team-x")
                .serviceName("example-service")
                .hostname("pod-abc")
                .build();
    }

    /**
     * @param n number
     * @return the uid given to {@link #event(int)}
     */
    public static String uid(int n) {
        return UUID.nameUUIDFromBytes(("event-" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * @param e event
     * @return its JSON as a string
     */
    public static String json(OutboundEvent e) {
        return new String(e.jsonBytes(), StandardCharsets.UTF_8);
    }
}
