package uk.gov.justice.securityevents.conformance.ocsf;

import java.util.Set;

/**
 * An attribute of an OCSF class or object after merging its {@code dictionary.json} entry with the
 * class/object overrides (requirement, enum, type) and any inheritance.
 *
 * @param name        the JSON key
 * @param type        a data type name (e.g. {@code string_t}) or, if {@code objectType}, an object
 *                    name (e.g. {@code user})
 * @param objectType  whether {@code type} names an OCSF object rather than a data type
 * @param array       whether the value must be a JSON array of {@code type}
 * @param requirement how strongly the attribute is required
 * @param enumValues  the allowed enum keys as strings ({@code "0"}, {@code "99"}, ...); empty when the
 *                    attribute is not an enum
 * @param profile     the profile that contributes this attribute, or {@code null} if the attribute
 *                    is always available
 * @param deprecated  whether the attribute is marked {@code @deprecated}
 */
public record OcsfAttribute(
    String name,
    String type,
    boolean objectType,
    boolean array,
    Requirement requirement,
    Set<String> enumValues,
    String profile,
    boolean deprecated) {

  /** OCSF attribute requirement levels. */
  public enum Requirement {
    REQUIRED,
    RECOMMENDED,
    OPTIONAL;

    static Requirement of(String value) {
      if (value == null) {
        return OPTIONAL;
      }
      return switch (value) {
        case "required" -> REQUIRED;
        case "recommended" -> RECOMMENDED;
        case "optional" -> OPTIONAL;
        default -> throw new IllegalStateException("Unknown OCSF requirement: " + value);
      };
    }
  }

  /** Returns whether the attribute is available given the profiles an event declares. */
  public boolean isAvailableWith(Set<String> activeProfiles) {
    return profile == null || activeProfiles.contains(profile);
  }

  /** Returns the expected type as shown in messages, e.g. {@code object user} or {@code string_t}. */
  String describeType(OcsfSchema schema) {
    return objectType
        ? "object " + type
        : schema.findDataType(type).map(OcsfDataType::describe).orElse(type);
  }
}
