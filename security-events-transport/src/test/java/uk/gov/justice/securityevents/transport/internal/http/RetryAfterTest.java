package uk.gov.justice.securityevents.transport.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.DeliveryResult.Outcome;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void parsesSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Fri, 01 May 2026 10:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Fri, 01 May 2026 09:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isNull();
    }

    @Test
    void classifiesStatuses() {
        byte[] none = new byte[0];
        assertThat(ResponseClassifier.classify(200, null, none, null, NOW).outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(ResponseClassifier.classify(204, null, none, null, NOW).outcome()).isEqualTo(Outcome.DELIVERED);
        for (int s : new int[] {408, 429, 500, 502, 503, 504}) {
            assertThat(ResponseClassifier.classify(s, null, none, null, NOW).outcome()).as("%d", s)
                    .isEqualTo(Outcome.RETRYABLE);
        }
        for (int s : new int[] {301, 400, 401, 403, 404}) {
            assertThat(ResponseClassifier.classify(s, null, none, null, NOW).outcome()).as("%d", s)
                    .isEqualTo(Outcome.PERMANENT_FAILURE);
        }
        assertThat(ResponseClassifier.classify(413, null, none, null, NOW).outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(ResponseClassifier.classify(503, "7", none, null, NOW).retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void failureReasonIsABoundedSingleLineWithTheSecretMasked() {
        byte[] body = ("bad key abc123\r\nnext line " + "y".repeat(1000)).getBytes();
        String reason = ResponseClassifier.classify(403, null, body, "abc123", NOW).reason();
        assertThat(reason).startsWith("HTTP 403: bad key *** next line yyy").doesNotContain("abc123")
                .doesNotContain("\n").doesNotContain("\r").hasSizeLessThan(220);
    }

    @Test
    void loopbackIsRecognisedFromTheTextOnly() {
        assertThat(LoopbackHosts.isLoopback("localhost")).isTrue();
        assertThat(LoopbackHosts.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoopbackHosts.isLoopback("127.1.2.3")).isTrue();
        assertThat(LoopbackHosts.isLoopback("[::1]")).isTrue();
        assertThat(LoopbackHosts.isLoopback("127.0.0.1.example.org")).isFalse();
        assertThat(LoopbackHosts.isLoopback("10.0.0.1")).isFalse();
        assertThat(LoopbackHosts.isLoopback("localhost.example.org")).isFalse();
    }
}
