package uk.gov.justice.securityevents.transport.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(60));

    @Test
    void doublesWithJitterUpToTheMaximum() {
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(1, null)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(backoff.delay(3, null)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(backoff.delay(10, null)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
            assertThat(backoff.delay(1_000, null)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        }
    }

    @Test
    void retryAfterReplacesTheDelayWithinLimits() {
        assertThat(backoff.delay(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff.delay(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(1, Duration.ZERO)).isEqualTo(Duration.ofMillis(100));
    }
}
