package uk.gov.justice.securityevents.conformance.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written valid events of the classes the SDK emits must produce no violations. */
class OcsfValidatorValidEventsTest {

  private final OcsfValidator validator = OcsfValidator.forVersion_1_8_0();

  static Stream<Arguments> validEvents() {
    return Stream.of(
        Arguments.of("Authentication 3002 (minimal)", OcsfEvents.AUTHENTICATION),
        Arguments.of("Authentication 3002 (profiles)", OcsfEvents.AUTHENTICATION_WITH_PROFILES),
        Arguments.of("Group Management 3006", OcsfEvents.GROUP_MANAGEMENT),
        Arguments.of("Entity Management 3004", OcsfEvents.ENTITY_MANAGEMENT),
        Arguments.of("DNS Activity 4003", OcsfEvents.DNS_ACTIVITY),
        Arguments.of("Network Activity 4001", OcsfEvents.NETWORK_ACTIVITY),
        Arguments.of("API Activity 6003", OcsfEvents.API_ACTIVITY),
        Arguments.of("Detection Finding 2004", OcsfEvents.DETECTION_FINDING),
        Arguments.of("Account Change 3001", OcsfEvents.ACCOUNT_CHANGE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validEvents")
  void validEventHasNoViolations(String description, String json) {
    assertThat(validator.validate(json)).as(description).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validEvents")
  void assertValidAcceptsValidEvent(String description, String json) {
    validator.assertValid(json);
  }
}
