package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One validation pass over one parsed event; collects violations as {@code <json path>: <problem>}
 * in document order. Not reusable or thread-safe; {@link OcsfValidator} creates one per event.
 *
 * <p>Profile rule (as the OCSF server's validator): an attribute contributed by a profile is known
 * only if that profile is listed in {@code metadata.profiles}; if listed, its required attributes
 * (e.g. {@code cloud} for the cloud profile) become required. JSON {@code null} counts as absent.
 */
final class EventCheck {

  private final OcsfSchema schema;
  private final List<String> violations = new ArrayList<>();
  private Set<String> activeProfiles = Set.of();

  EventCheck(OcsfSchema schema) {
    this.schema = schema;
  }

  List<String> run(JsonNode event) {
    if (!event.isObject()) {
      add("$", "expected a JSON object but was " + ScalarCheck.kind(event));
      return violations;
    }
    Optional<OcsfClass> found = eventClass(event);
    if (found.isEmpty()) {
      return violations; // nothing else can be checked without the class
    }
    OcsfClass eventClass = found.get();
    activeProfiles = declaredProfiles(event);
    if (eventClass.isDeprecated()) {
      add("$.class_uid", "class " + label(eventClass) + " is deprecated " + eventClass.deprecation());
    }
    checkCategory(event, eventClass);
    checkTypeUid(event);
    checkVersion(event);
    checkStructure(
        event, "$", eventClass.attributes(), eventClass.constraints(), "class " + eventClass.name());
    return violations;
  }

  private Optional<OcsfClass> eventClass(JsonNode event) {
    JsonNode classUid = event.get("class_uid");
    if (classUid == null || classUid.isNull()) {
      add("$.class_uid", "required attribute is missing");
      return Optional.empty();
    }
    if (!classUid.isIntegralNumber() || !classUid.canConvertToInt()) {
      add("$.class_uid", "expected integer_t but was " + ScalarCheck.kind(classUid));
      return Optional.empty();
    }
    Optional<OcsfClass> found = schema.findClass(classUid.intValue());
    if (found.isEmpty()) {
      add("$.class_uid", classUid.intValue() + " is not a class in OCSF " + schema.version());
    }
    return found;
  }

  private Set<String> declaredProfiles(JsonNode event) {
    Set<String> declared = new LinkedHashSet<>();
    JsonNode profiles = event.path("metadata").path("profiles");
    for (int i = 0; i < profiles.size(); i++) {
      JsonNode profile = profiles.get(i);
      if (!profile.isTextual()) {
        continue; // reported by the type check of metadata.profiles
      }
      if (!schema.profileNames().contains(profile.textValue())) {
        add("$.metadata.profiles[" + i + "]", "unknown profile \"" + profile.textValue() + "\"");
      }
      declared.add(profile.textValue());
    }
    return Set.copyOf(declared);
  }

  private void checkCategory(JsonNode event, OcsfClass eventClass) {
    JsonNode categoryUid = event.get("category_uid");
    if (categoryUid != null
        && categoryUid.isIntegralNumber()
        && categoryUid.longValue() != eventClass.categoryUid()) {
      add(
          "$.category_uid",
          "expected " + eventClass.categoryUid() + " (" + eventClass.categoryName() + ") for class "
              + label(eventClass) + " but was " + categoryUid.asText());
    }
  }

  private void checkTypeUid(JsonNode event) {
    JsonNode classUid = event.get("class_uid");
    JsonNode activityId = event.get("activity_id");
    JsonNode typeUid = event.get("type_uid");
    if (activityId == null || typeUid == null
        || !activityId.isIntegralNumber() || !typeUid.isIntegralNumber()) {
      return; // missing or mistyped values are reported elsewhere
    }
    long expected = classUid.longValue() * 100 + activityId.longValue();
    if (!typeUid.canConvertToLong() || typeUid.longValue() != expected) {
      add(
          "$.type_uid",
          "expected " + expected + " (class_uid " + classUid.asText() + " * 100 + activity_id "
              + activityId.asText() + ") but was " + typeUid.asText());
    }
  }

  private void checkVersion(JsonNode event) {
    JsonNode version = event.path("metadata").get("version");
    if (version != null && version.isTextual() && !version.textValue().equals(schema.version())) {
      add(
          "$.metadata.version",
          "expected \"" + schema.version() + "\" but was \"" + version.textValue() + "\"");
    }
  }

  private void checkStructure(
      JsonNode node,
      String path,
      Map<String, OcsfAttribute> attributes,
      OcsfConstraints constraints,
      String owner) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = path + "." + field.getKey();
      OcsfAttribute attribute = attributes.get(field.getKey());
      if (attribute == null) {
        add(fieldPath, "unknown attribute, not defined in " + owner);
      } else if (!attribute.isAvailableWith(activeProfiles)) {
        add(
            fieldPath,
            "unknown attribute, defined in " + owner + " only by profile \"" + attribute.profile()
                + "\" which is not listed in metadata.profiles");
      } else if (!field.getValue().isNull()) {
        checkValue(field.getValue(), fieldPath, attribute);
      }
    }
    attributes.values().stream()
        .filter(a -> a.requirement() == OcsfAttribute.Requirement.REQUIRED)
        .filter(a -> a.isAvailableWith(activeProfiles))
        .filter(a -> isAbsent(node.get(a.name())))
        .sorted(Comparator.comparing(OcsfAttribute::name))
        .forEach(a -> add(path + "." + a.name(), "required attribute is missing"));
    checkConstraints(node, path, constraints, owner);
  }

  private void checkValue(JsonNode value, String path, OcsfAttribute attribute) {
    if (isJson(attribute)) {
      return; // json_t holds any JSON value, arrays included
    }
    if (attribute.array()) {
      if (!value.isArray()) {
        add(path, "expected array of " + attribute.describeType(schema) + " but was "
            + ScalarCheck.kind(value));
        return;
      }
      for (int i = 0; i < value.size(); i++) {
        checkElement(value.get(i), path + "[" + i + "]", attribute);
      }
    } else if (value.isArray()) {
      add(path, "expected " + attribute.describeType(schema) + " but was array");
    } else {
      checkElement(value, path, attribute);
    }
  }

  private void checkElement(JsonNode value, String path, OcsfAttribute attribute) {
    if (attribute.objectType()) {
      OcsfObject object = schema.findObject(attribute.type()).orElseThrow();
      if (!value.isObject()) {
        add(path, "expected object " + object.name() + " but was " + ScalarCheck.kind(value));
      } else if (!object.isFreeForm()) {
        checkStructure(
            value, path, object.attributes(), object.constraints(), "object " + object.name());
      }
      return;
    }
    OcsfDataType type = schema.findDataType(attribute.type()).orElseThrow();
    Optional<String> problem = ScalarCheck.problem(value, type);
    if (problem.isPresent()) {
      add(path, problem.get());
    } else if (!attribute.enumValues().isEmpty() && !attribute.enumValues().contains(value.asText())) {
      add(
          path,
          value.asText() + " is not a defined value of enum " + attribute.name() + " (allowed: "
              + String.join(", ", sortedEnum(attribute.enumValues())) + ")");
    }
  }

  private void checkConstraints(
      JsonNode node, String path, OcsfConstraints constraints, String owner) {
    if (!constraints.atLeastOne().isEmpty() && countPresent(node, constraints.atLeastOne()) == 0) {
      add(
          path,
          "constraint at_least_one " + constraints.atLeastOne() + " of " + owner
              + " is not satisfied; none present");
    }
    if (!constraints.justOne().isEmpty()) {
      long present = countPresent(node, constraints.justOne());
      if (present != 1) {
        add(
            path,
            "constraint just_one " + constraints.justOne() + " of " + owner
                + " is not satisfied; " + present + " present");
      }
    }
  }

  /** Counts present attributes; dotted names (e.g. {@code device.os.version}) are navigated. */
  private static long countPresent(JsonNode node, List<String> names) {
    return names.stream()
        .filter(
            name -> {
              JsonNode current = node;
              for (String step : name.split("\\.")) {
                current = current.path(step);
              }
              return !current.isMissingNode() && !current.isNull();
            })
        .count();
  }

  private boolean isJson(OcsfAttribute attribute) {
    return !attribute.objectType()
        && schema.findDataType(attribute.type()).map(t -> t.primitive().equals("json_t")).orElse(false);
  }

  private static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull();
  }

  private static List<String> sortedEnum(Set<String> values) {
    return values.stream()
        .sorted(
            Comparator.comparing((String v) -> !v.matches("-?\\d+"))
                .thenComparing(v -> v.matches("-?\\d+") ? Long.parseLong(v) : 0L)
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static String label(OcsfClass eventClass) {
    return eventClass.uid() + " (" + eventClass.name() + ")";
  }

  private void add(String path, String problem) {
    violations.add(path + ": " + problem);
  }
}
