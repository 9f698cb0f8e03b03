package uk.gov.justice.securityevents.conformance.ocsf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.justice.securityevents.conformance.ocsf.OcsfEvents.AUTHENTICATION;
import static uk.gov.justice.securityevents.conformance.ocsf.OcsfEvents.AUTHENTICATION_WITH_PROFILES;
import static uk.gov.justice.securityevents.conformance.ocsf.OcsfEvents.NETWORK_ACTIVITY;
import static uk.gov.justice.securityevents.conformance.ocsf.OcsfEvents.at;
import static uk.gov.justice.securityevents.conformance.ocsf.OcsfEvents.mutate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule has a failing case asserting its exact message; each case breaks exactly
 * one thing in an otherwise valid event, so the message list must contain only that violation.
 */
class OcsfValidatorRulesTest {

  private final OcsfValidator validator = OcsfValidator.forVersion_1_8_0();

  private List<String> validate(String json) {
    return validator.validate(json);
  }

  @Nested
  class Envelope {

    @Test
    void rejectsNonObject() {
      assertThat(validate("[1, 2]")).containsExactly("$: expected a JSON object but was array");
    }

    @Test
    void rejectsMalformedJson() {
      assertThat(validate("{\"class_uid\": 3002,")).singleElement().asString()
          .startsWith("$: not valid JSON: ");
    }

    @Test
    void rejectsDuplicateKeys() {
      assertThat(validate("{\"class_uid\": 3002, \"class_uid\": 3002}")).singleElement().asString()
          .startsWith("$: not valid JSON: Duplicate field 'class_uid'");
    }

    @Test
    void rejectsMissingClassUid() {
      String json = mutate(AUTHENTICATION, e -> e.remove("class_uid"));
      assertThat(validate(json)).containsExactly("$.class_uid: required attribute is missing");
    }

    @Test
    void rejectsUnknownClass() {
      String json = mutate(AUTHENTICATION, e -> e.put("class_uid", 9999));
      assertThat(validate(json)).containsExactly("$.class_uid: 9999 is not a class in OCSF 1.8.0");
    }

    @Test
    void rejectsNonIntegerClassUid() {
      String json = mutate(AUTHENTICATION, e -> e.put("class_uid", "3002"));
      assertThat(validate(json)).containsExactly("$.class_uid: expected integer_t but was string");
    }

    @Test
    void rejectsWrongCategory() {
      String json = mutate(AUTHENTICATION, e -> e.put("category_uid", 4));
      assertThat(validate(json))
          .containsExactly("$.category_uid: expected 3 (iam) for class 3002 (authentication) but was 4");
    }

    @Test
    void rejectsWrongTypeUid() {
      String json = mutate(AUTHENTICATION, e -> e.put("type_uid", 300202));
      assertThat(validate(json))
          .containsExactly(
              "$.type_uid: expected 300201 (class_uid 3002 * 100 + activity_id 1) but was 300202");
    }

    @Test
    void rejectsActivityNotInClassEnum() {
      String json = mutate(AUTHENTICATION, e -> e.put("activity_id", 42).put("type_uid", 300242));
      assertThat(validate(json))
          .containsExactly(
              "$.activity_id: 42 is not a defined value of enum activity_id"
                  + " (allowed: 0, 1, 2, 3, 4, 5, 6, 7, 99)");
    }

    @Test
    void acceptsUnknownAndOtherActivity() {
      assertThat(validate(mutate(AUTHENTICATION, e -> e.put("activity_id", 0).put("type_uid", 300200))))
          .isEmpty();
      assertThat(validate(mutate(AUTHENTICATION, e -> e.put("activity_id", 99).put("type_uid", 300299))))
          .isEmpty();
    }

    @Test
    void rejectsWrongMetadataVersion() {
      String json = mutate(AUTHENTICATION, e -> at(e, "metadata").put("version", "1.7.0"));
      assertThat(validate(json))
          .containsExactly("$.metadata.version: expected \"1.8.0\" but was \"1.7.0\"");
    }

    @Test
    void flagsDeprecatedClass() {
      // File Query (5007) was deprecated in favour of Discovery Result classes.
      String json =
          """
          {"activity_id": 1, "category_uid": 5, "class_uid": 5007, "type_uid": 500701,
           "severity_id": 1, "time": 1, "query_result_id": 1,
           "metadata": {"version": "1.8.0", "product": {"name": "p"}},
           "file": {"name": "a.txt", "type_id": 1}}
          """;
      assertThat(validate(json))
          .singleElement().asString()
          .startsWith("$.class_uid: class 5007 (file_query) is deprecated since 1.");
    }
  }

  @Nested
  class UnknownKeys {

    @Test
    void rejectsUnknownTopLevelKey() {
      String json = mutate(AUTHENTICATION, e -> e.put("colour", "red"));
      assertThat(validate(json))
          .containsExactly("$.colour: unknown attribute, not defined in class authentication");
    }

    @Test
    void rejectsUnknownNestedKey() {
      String json = mutate(AUTHENTICATION, e -> at(e, "user").put("nickname", "al"));
      assertThat(validate(json))
          .containsExactly("$.user.nickname: unknown attribute, not defined in object user");
    }

    @Test
    void rejectsUnknownKeyInsideArrayElement() {
      String json =
          mutate(
              AUTHENTICATION,
              e -> e.putArray("observables").addObject()
                  .put("name", "user.uid").put("type_id", 31).put("colour", "red"));
      assertThat(validate(json))
          .containsExactly(
              "$.observables[0].colour: unknown attribute, not defined in object observable");
    }

    @Test
    void rejectsProfileAttributeWhenProfileNotDeclared() {
      String json = mutate(AUTHENTICATION, e -> e.putObject("device").put("type_id", 1));
      assertThat(validate(json))
          .containsExactly(
              "$.device: unknown attribute, defined in class authentication only by profile"
                  + " \"host\" which is not listed in metadata.profiles");
    }

    @Test
    void acceptsProfileAttributeWhenProfileDeclared() {
      String json =
          mutate(
              AUTHENTICATION,
              e -> {
                at(e, "metadata").putArray("profiles").add("host");
                e.putObject("device").put("type_id", 1).put("hostname", "h1");
              });
      assertThat(validate(json)).isEmpty();
    }

    @Test
    void rejectsDatetimeSiblingWithoutDatetimeProfile() {
      String json = mutate(AUTHENTICATION, e -> e.put("time_dt", "2025-01-01T00:00:00Z"));
      assertThat(validate(json))
          .containsExactly(
              "$.time_dt: unknown attribute, defined in class authentication only by profile"
                  + " \"datetime\" which is not listed in metadata.profiles");
    }

    @Test
    void rejectsUnknownProfileName() {
      String json = mutate(AUTHENTICATION, e -> at(e, "metadata").putArray("profiles").add("hots"));
      assertThat(validate(json)).containsExactly("$.metadata.profiles[0]: unknown profile \"hots\"");
    }

    @Test
    void declaredProfileMakesItsRequiredAttributesRequired() {
      String json = mutate(AUTHENTICATION, e -> at(e, "metadata").putArray("profiles").add("cloud"));
      assertThat(validate(json)).containsExactly("$.cloud: required attribute is missing");
    }

    @Test
    void unmappedAndJsonTAreFreeForm() {
      String json =
          mutate(
              AUTHENTICATION,
              e -> {
                e.putObject("unmapped").putObject("x").putArray("y").add(1).add("z");
                e.putArray("enrichments").addObject()
                    .put("name", "n").put("value", "v").putArray("data").add(true);
              });
      assertThat(validate(json)).isEmpty();
    }
  }

  @Nested
  class Requirements {

    @Test
    void rejectsMissingRequiredUser() {
      String json = mutate(AUTHENTICATION, e -> e.remove("user"));
      assertThat(validate(json)).containsExactly("$.user: required attribute is missing");
    }

    @Test
    void treatsNullAsMissing() {
      String json = mutate(AUTHENTICATION, e -> e.putNull("user"));
      assertThat(validate(json)).containsExactly("$.user: required attribute is missing");
    }

    @Test
    void rejectsMissingMetadataProduct() {
      String json = mutate(AUTHENTICATION, e -> at(e, "metadata").remove("product"));
      assertThat(validate(json)).containsExactly("$.metadata.product: required attribute is missing");
    }

    @Test
    void rejectsMissingBaseEventAttributes() {
      String json = mutate(AUTHENTICATION, e -> e.remove(List.of("time", "severity_id", "metadata")));
      assertThat(validate(json))
          .containsExactly(
              "$.metadata: required attribute is missing",
              "$.severity_id: required attribute is missing",
              "$.time: required attribute is missing");
    }

    @Test
    void rejectsMissingRequiredAttributeInArrayElement() {
      String json = mutate(AUTHENTICATION, e -> e.putArray("observables").addObject().put("name", "x"));
      assertThat(validate(json)).containsExactly("$.observables[0].type_id: required attribute is missing");
    }

    @Test
    void rejectsUnsatisfiedClassAtLeastOne() {
      String json = mutate(AUTHENTICATION, e -> e.remove("service"));
      assertThat(validate(json))
          .containsExactly(
              "$: constraint at_least_one [service, dst_endpoint] of class authentication"
                  + " is not satisfied; none present");
    }

    @Test
    void rejectsUnsatisfiedObjectAtLeastOne() {
      String json = mutate(AUTHENTICATION, e -> at(e, "user").remove("uid"));
      assertThat(validate(json))
          .containsExactly(
              "$.user: constraint at_least_one [account, name, uid] of object user"
                  + " is not satisfied; none present");
    }

    @Test
    void rejectsUnsatisfiedJustOne() {
      // Authorize Session (3003) needs exactly one of privileges and group.
      String json =
          """
          {"activity_id": 1, "category_uid": 3, "class_uid": 3003, "type_uid": 300301,
           "severity_id": 1, "time": 1,
           "metadata": {"version": "1.8.0", "product": {"name": "p"}},
           "user": {"uid": "u"}, "privileges": ["SeDebugPrivilege"], "group": {"name": "admins"}}
          """;
      assertThat(validate(json))
          .containsExactly(
              "$: constraint just_one [privileges, group] of class authorize_session"
                  + " is not satisfied; 2 present");
    }

    @Test
    void navigatesDottedConstraintPaths() {
      // Patch State (5004) constrains nested paths such as device.os.version.
      String template =
          """
          {"activity_id": 1, "category_uid": 5, "class_uid": 5004, "type_uid": 500401,
           "severity_id": 1, "time": 1,
           "metadata": {"version": "1.8.0", "product": {"name": "p"}},
           "device": {"type_id": 1, "hostname": "h", "os": {"name": "Linux", "type_id": 200 %s}}}
          """;
      assertThat(validate(template.formatted(", \"version\": \"6.1\""))).isEmpty();
      assertThat(validate(template.formatted("")))
          .containsExactly(
              "$: constraint at_least_one [device.os.sp_name, device.os.sp_ver, device.os.version]"
                  + " of class patch_state is not satisfied; none present");
    }
  }

  @Nested
  class Types {

    @Test
    void rejectsNumberWhereStringExpected() {
      String json = mutate(AUTHENTICATION, e -> at(e, "user").put("uid", 1234));
      assertThat(validate(json)).containsExactly("$.user.uid: expected string_t but was number");
    }

    @Test
    void rejectsStringWhereIntegerExpected() {
      String json = mutate(AUTHENTICATION, e -> e.put("severity_id", "1"));
      assertThat(validate(json)).containsExactly("$.severity_id: expected integer_t but was string");
    }

    @Test
    void rejectsStringWhereBooleanExpected() {
      String json = mutate(AUTHENTICATION, e -> e.put("is_mfa", "true"));
      assertThat(validate(json)).containsExactly("$.is_mfa: expected boolean_t but was string");
    }

    @Test
    void rejectsScalarWhereObjectExpected() {
      String json = mutate(AUTHENTICATION, e -> e.put("user", "alice"));
      assertThat(validate(json)).containsExactly("$.user: expected object user but was string");
    }

    @Test
    void rejectsNonIntegralTimestamp() {
      String json = mutate(AUTHENTICATION, e -> e.put("time", 1735689600000.5));
      assertThat(validate(json))
          .containsExactly("$.time: expected timestamp_t (long_t) but was non-integral number 1.7356896000005E12");
    }

    @Test
    void rejectsStringTimestamp() {
      String json = mutate(AUTHENTICATION, e -> e.put("time", "2025-01-01T00:00:00Z"));
      assertThat(validate(json)).containsExactly("$.time: expected timestamp_t (long_t) but was string");
    }

    @Test
    void rejectsIntegerOutside32Bits() {
      String json = mutate(AUTHENTICATION, e -> e.put("count", 3_000_000_000L));
      assertThat(validate(json))
          .containsExactly("$.count: value 3000000000 is outside integer_t range -2147483648..2147483647");
    }

    @Test
    void rejectsLongOutside64Bits() {
      String json = mutate(AUTHENTICATION, e -> e.put("time", new java.math.BigInteger("99999999999999999999")));
      assertThat(validate(json))
          .containsExactly("$.time: value 99999999999999999999 is outside timestamp_t the signed 64-bit range");
    }

    @Test
    void rejectsPortOutOfRange() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "src_endpoint").put("port", 70000));
      assertThat(validate(json))
          .containsExactly("$.src_endpoint.port: value 70000 is outside port_t range 0..65535");
    }

    @Test
    void rejectsNegativePort() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "dst_endpoint").put("port", -1));
      assertThat(validate(json))
          .containsExactly("$.dst_endpoint.port: value -1 is outside port_t range 0..65535");
    }

    @Test
    void rejectsBadIpv4() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "src_endpoint").put("ip", "999.1.1.1"));
      assertThat(validate(json))
          .containsExactly("$.src_endpoint.ip: \"999.1.1.1\" is not a valid ip_t (IPv4 or IPv6 literal)");
    }

    @Test
    void rejectsIpThatOcsfRegexWouldAccept() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "src_endpoint").put("ip", "10x0x0x1"));
      assertThat(validate(json))
          .containsExactly("$.src_endpoint.ip: \"10x0x0x1\" is not a valid ip_t (IPv4 or IPv6 literal)");
    }

    @Test
    void rejectsBadIpv6() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "dst_endpoint").put("ip", "2001:db8::1::2"));
      assertThat(validate(json))
          .containsExactly("$.dst_endpoint.ip: \"2001:db8::1::2\" is not a valid ip_t (IPv4 or IPv6 literal)");
    }

    @Test
    void rejectsBadDatetime() {
      String json =
          mutate(
              AUTHENTICATION,
              e -> {
                at(e, "metadata").putArray("profiles").add("datetime");
                e.put("time_dt", "2025-01-01 00:00:00");
              });
      assertThat(validate(json))
          .containsExactly(
              "$.time_dt: \"2025-01-01 00:00:00\" is not a valid datetime_t"
                  + " (RFC 3339 date-time with offset)");
    }

    @Test
    void rejectsBadUuid() {
      String json =
          mutate(AUTHENTICATION, e -> e.putObject("session").put("uid", "s").put("uuid", "not-a-uuid"));
      assertThat(validate(json))
          .containsExactly("$.session.uuid: \"not-a-uuid\" is not a valid uuid_t");
    }

    @Test
    void acceptsUuid() {
      String json =
          mutate(
              AUTHENTICATION,
              e -> e.putObject("session").put("uuid", "0b6e2d7e-3b0f-4a6e-9a8e-2f1f9d2c8a11"));
      assertThat(validate(json)).isEmpty();
    }

    @Test
    void rejectsOverlongString() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "src_endpoint").put("mac", "0".repeat(33)));
      assertThat(validate(json))
          .containsExactly("$.src_endpoint.mac: length 33 exceeds mac_t max length 32");
    }

    @Test
    void rejectsBadRegexFormattedString() {
      String json = mutate(NETWORK_ACTIVITY, e -> at(e, "src_endpoint").put("mac", "zz:zz"));
      assertThat(validate(json)).containsExactly("$.src_endpoint.mac: \"zz:zz\" is not a valid mac_t");
    }

    @Test
    void rejectsScalarWhereArrayExpected() {
      String json = mutate(AUTHENTICATION, e -> at(e, "metadata").put("profiles", "host"));
      assertThat(validate(json))
          .containsExactly("$.metadata.profiles: expected array of string_t but was string");
    }

    @Test
    void rejectsObjectWhereArrayOfObjectsExpected() {
      String json =
          mutate(AUTHENTICATION, e -> e.putObject("observables").put("name", "x").put("type_id", 1));
      assertThat(validate(json))
          .containsExactly("$.observables: expected array of object observable but was object");
    }

    @Test
    void rejectsArrayWhereScalarExpected() {
      String json = mutate(AUTHENTICATION, e -> at(e, "user").putArray("name").add("alice"));
      assertThat(validate(json))
          .containsExactly("$.user.name: expected username_t (string_t) but was array");
    }

    @Test
    void rejectsWrongElementTypeInsideArray() {
      String json = mutate(AUTHENTICATION, e -> at(e, "metadata").putArray("labels").add("ok").add(7));
      assertThat(validate(json)).containsExactly("$.metadata.labels[1]: expected string_t but was number");
    }

    @Test
    void reportsEveryViolationWithItsPath() {
      String json =
          mutate(
              NETWORK_ACTIVITY,
              e -> {
                at(e, "src_endpoint").put("port", "http");
                at(e, "dst_endpoint").put("ip", "example.org");
                e.put("severity_id", 8);
              });
      assertThat(validate(json))
          .containsExactlyInAnyOrder(
              "$.src_endpoint.port: expected port_t (integer_t) but was string",
              "$.dst_endpoint.ip: \"example.org\" is not a valid ip_t (IPv4 or IPv6 literal)",
              "$.severity_id: 8 is not a defined value of enum severity_id"
                  + " (allowed: 0, 1, 2, 3, 4, 5, 6, 99)");
    }
  }

  @Nested
  class Enums {

    @Test
    void rejectsBadEnumId() {
      String json = mutate(AUTHENTICATION, e -> e.put("severity_id", 7));
      assertThat(validate(json))
          .containsExactly(
              "$.severity_id: 7 is not a defined value of enum severity_id"
                  + " (allowed: 0, 1, 2, 3, 4, 5, 6, 99)");
    }

    @Test
    void rejectsBadNestedEnumId() {
      String json = mutate(AUTHENTICATION, e -> at(e, "user").put("type_id", 5));
      assertThat(validate(json))
          .containsExactly(
              "$.user.type_id: 5 is not a defined value of enum type_id (allowed: 0, 1, 2, 3, 4, 99)");
    }

    @Test
    void acceptsOtherWithCustomCaption() {
      String json = mutate(AUTHENTICATION, e -> at(e, "user").put("type_id", 99).put("type", "Robot"));
      assertThat(validate(json)).isEmpty();
    }

    @Test
    void acceptsGeneratedObservableTypeIds() {
      // observable.type_id lists only 0 and 99 in the data; 2 (IP Address) comes from ip_t.
      String json =
          mutate(
              AUTHENTICATION,
              e -> e.putArray("observables").addObject().put("name", "user.uid").put("type_id", 31)
                  .put("value", "u-1234"));
      assertThat(validate(json)).isEmpty();
      String bad =
          mutate(
              AUTHENTICATION,
              e -> e.putArray("observables").addObject().put("name", "user.uid").put("type_id", 1000));
      assertThat(validate(bad)).singleElement().asString()
          .startsWith("$.observables[0].type_id: 1000 is not a defined value of enum type_id");
    }
  }

  @Test
  void assertValidReportsAllViolations() {
    String json = 
        mutate(
            AUTHENTICATION_WITH_PROFILES,
            e -> {
              e.remove("user");
              e.put("colour", "red");
            });
    assertThatThrownBy(() -> validator.assertValid(json))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("$.user: required attribute is missing")
        .hasMessageContaining("$.colour: unknown attribute");
  }

  @Test
  void validatesParsedTrees() {
    assertThat(validator.validate(JsonNodeFactory.instance.objectNode()))
        .containsExactly("$.class_uid: required attribute is missing");
  }
}
