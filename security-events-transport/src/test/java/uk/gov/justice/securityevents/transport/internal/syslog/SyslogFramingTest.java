package uk.gov.justice.securityevents.transport.internal.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;

/** The RFC 5424 formatter and RFC 5425 octet-counting framer, byte for byte. */
class SyslogFramingTest {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    Rfc5424Formatter formatter = new Rfc5424Formatter(10, "fallback-host", "fallback-app", "4242", 32473,
            "security-events-java", "1.2.3");

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void formatsHeaderStructuredDataBomAndTheExactJson() {
        OutboundEvent e = TestEvents.event(42);
        byte[] msg = formatter.format(e);

        String expectedHeader = "<84>1 2026-05-01T10:00:00.165456Z pod-abc example-service 4242 authn_login_fail "
                + "[ocsf@32473 ver=\"1.8.0\" class_uid=\"3002\" activity_id=\"1\" type_uid=\"300201\" uid=\""
                + TestEvents.uid(42) + "\" tenant=\"team-x\"][meta sequenceId=\"42\"]"
                + "[origin software=\"security-events-java\" swVersion=\"1.2.3\"] ";
        byte[] header = expectedHeader.getBytes(StandardCharsets.US_ASCII);
        assertThat(Arrays.copyOfRange(msg, 0, header.length)).isEqualTo(header);
        assertThat(Arrays.copyOfRange(msg, header.length, header.length + 3)).isEqualTo(BOM);
        assertThat(Arrays.copyOfRange(msg, header.length + 3, msg.length)).isEqualTo(e.jsonBytes());
    }

    @Test
    void mapsOcsfSeverityToSyslogSeverityInPri() {
        int[][] map = {{1, 6}, {2, 5}, {3, 4}, {4, 3}, {5, 2}, {6, 1}, {0, 5}, {99, 5}};
        for (int[] m : map) {
            OutboundEvent e = builder().severityId(m[0]).build();
            assertThat(text(formatter.format(e))).as("severity_id %d", m[0]).startsWith("<" + (80 + m[1]) + ">1 ");
        }
    }

    @Test
    void fallsBackToSettingsThenDashAndTruncatesTimestampToMicroseconds() {
        OutboundEvent e = builder().hostname(null).serviceName(null).tenant(null)
                .time(Instant.parse("2026-01-02T03:04:05.123456789Z")).build();
        assertThat(text(formatter.format(e)))
                .startsWith("<86>1 2026-01-02T03:04:05.123456Z fallback-host fallback-app 4242 code ")
                .contains("uid=\"u1\"][meta")
                .doesNotContain("tenant=");
        Rfc5424Formatter bare = new Rfc5424Formatter(13, null, null, null, 1, "s", "v");
        assertThat(text(bare.format(e))).startsWith("<110>1 2026-01-02T03:04:05.123456Z - - - code [ocsf@1 ");
    }

    @Test
    void sanitisesAndTruncatesHeaderFields() {
        OutboundEvent e = builder()
                .hostname("h".repeat(300))
                .serviceName("my app\twith spaces and a very long name that goes past forty-eight chars")
                .eventCode("authn login\u00e9fail_with_a_very_long_event_code_name")
                .build();
        String[] fields = text(formatter.format(e)).split(" ", 7);
        assertThat(fields[2]).hasSize(255).matches("h+");
        assertThat(fields[3]).hasSize(48).isEqualTo("my_app_with_spaces_and_a_very_long_name_that_goe");
        assertThat(fields[5]).hasSize(32).isEqualTo("authn_login_fail_with_a_very_lon");
        assertThat(Rfc5424Formatter.headerField("", 10)).isEqualTo("-");
        assertThat(Rfc5424Formatter.headerField("p".repeat(200), Rfc5424Formatter.MAX_PROCID)).hasSize(128);
    }

    @Test
    void escapesParamValues() {
        OutboundEvent e = builder().tenant("a\"b\\c]d\ne").uid("x]\"").build();
        assertThat(text(formatter.format(e)))
                .contains("uid=\"x\\]\\\"\"")
                .contains("tenant=\"a\\\"b\\\\c\\]d?e\"");
        assertThat(Rfc5424Formatter.paramValue("t".repeat(300))).hasSize(255);
        // a surrogate pair is never cut in half
        String emoji = "t".repeat(254) + "\uD83D\uDE00";
        assertThat(Rfc5424Formatter.paramValue(emoji)).hasSize(254);
    }

    @Test
    void octetCountingPrefixesEachMessageWithItsByteLength() {
        byte[] a = "<84>1 - - - - - - \u00e9".getBytes(StandardCharsets.UTF_8); // é is 2 bytes
        byte[] b = "x".getBytes(StandardCharsets.UTF_8);
        byte[] framed = OctetCounting.frame(List.of(a, b));
        assertThat(text(framed)).isEqualTo(a.length + " <84>1 - - - - - - \u00e9" + "1 x");
        assertThat(a.length).isEqualTo(20);
    }

    private static OutboundEvent.Builder builder() {
        return OutboundEvent.builder().json("{\"a\":1}".getBytes(StandardCharsets.UTF_8)).uid("u1")
                .time(Instant.parse("2026-01-02T03:04:05Z")).sequence(1).classUid(3002).activityId(1)
                .typeUid(300201).severityId(1).eventCode("code").tenant("t").serviceName("svc").hostname("host");
    }
}
