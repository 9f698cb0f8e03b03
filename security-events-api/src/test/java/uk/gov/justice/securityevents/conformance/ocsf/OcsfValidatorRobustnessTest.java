package uk.gov.justice.securityevents.conformance.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class can be validated without exceptions and a bare event reports its missing
 * essentials, so adding new event types to the SDK cannot trip over schema corners.
 */
class OcsfValidatorRobustnessTest {

  private final OcsfValidator validator = OcsfValidator.forVersion_1_8_0();

  @Test
  void bareEventOfEveryClassReportsMissingRequiredAttributes() {
    for (OcsfClass eventClass : validator.schema().classes()) {
      List<String> violations = validator.validate("{\"class_uid\": " + eventClass.uid() + "}");
      assertThat(violations)
          .as(eventClass.name())
          .contains(
              "$.metadata: required attribute is missing",
              "$.time: required attribute is missing",
              "$.type_uid: required attribute is missing")
          .allSatisfy(v -> assertThat(v).startsWith("$"));
    }
  }

  @Test
  void wrongShapesEverywhereDoNotThrow() {
    String json =
        """
        {"class_uid": 3002, "category_uid": "3", "activity_id": [1], "type_uid": {},
         "metadata": {"version": 180, "product": [], "profiles": [1, null, "host"]},
         "user": {"uid": null, "groups": {"name": "x"}, "account": 5},
         "observables": [null, 1, {"type_id": "2"}],
         "device": {"os": "linux"}}
        """;
    assertThat(validator.validate(json)).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("$"));
  }
}
