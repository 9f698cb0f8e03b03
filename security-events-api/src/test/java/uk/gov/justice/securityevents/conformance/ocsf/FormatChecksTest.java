package uk.gov.justice.securityevents.conformance.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the hand-written {@code ip_t} and {@code datetime_t} format checks. */
class FormatChecksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0", "10.0.0.1", "255.255.255.255", "::", "::1", "2001:db8::1",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1%eth0", "::ffff:192.0.2.1",
        "1:2:3:4:5:6:7::", "1:2:3:4:5:6:1.2.3.4"
      })
  void acceptsIpLiterals(String ip) {
    assertThat(IpLiteral.isValid(ip)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4 ", " 1.2.3.4", "10x0x0x1",
        "example.org", ":::", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
        "g::1", "::1.2.3", "fe80::1%", "1.2.3.4::", ":1::"
      })
  void rejectsNonIpLiterals(String ip) {
    assertThat(IpLiteral.isValid(ip)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-01T00:00:00Z", "2024-09-10T23:20:50.520Z", "2024-02-29t23:59:60+01:00",
        "1985-04-12T23:20:50.52-05:30", "2025-01-01T00:00:00z"
      })
  void acceptsRfc3339(String text) {
    assertThat(Rfc3339.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-01T00:00:00", "2025-01-01 00:00:00Z", "2025-13-01T00:00:00Z",
        "2025-02-29T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T00:00:00+24:00",
        "2025-01-01", "1735689600000", "2025-01-01T00:00:00.Z"
      })
  void rejectsNonRfc3339(String text) {
    assertThat(Rfc3339.isValid(text)).isFalse();
  }
}
