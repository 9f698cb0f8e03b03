package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Checks one JSON scalar against an OCSF data type and describes the first problem found.
 *
 * <p>Decisions: integral types ({@code integer_t}, {@code long_t} and sub-types such as
 * {@code port_t}, {@code timestamp_t}) require a JSON integer literal, so {@code 1.0} is rejected
 * as the OCSF server does; {@code float_t} accepts any JSON number because JSON does not
 * distinguish {@code 1} from {@code 1.0}. Dictionary regexes must match the whole string.
 */
final class ScalarCheck {

  private ScalarCheck() {}

  /** Returns a problem description such as {@code expected string_t but was number}. */
  static Optional<String> problem(JsonNode value, OcsfDataType type) {
    return switch (type.primitive()) {
      case "json_t" -> Optional.empty();
      case "boolean_t" -> value.isBoolean() ? Optional.empty() : wrongKind(value, type);
      case "float_t" -> value.isNumber() ? Optional.empty() : wrongKind(value, type);
      case "integer_t", "long_t" -> integralProblem(value, type);
      case "string_t" -> value.isTextual() ? stringProblem(value.textValue(), type) : wrongKind(value, type);
      default -> Optional.of("unsupported primitive type " + type.primitive() + " in schema");
    };
  }

  /** Names the JSON kind of a value for messages: string, number, boolean, object, array, null. */
  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    return value.isNull() ? "null" : value.getNodeType().toString().toLowerCase();
  }

  private static Optional<String> wrongKind(JsonNode value, OcsfDataType type) {
    return Optional.of("expected " + type.describe() + " but was " + kind(value));
  }

  private static Optional<String> integralProblem(JsonNode value, OcsfDataType type) {
    if (!value.isNumber()) {
      return wrongKind(value, type);
    }
    if (!value.isIntegralNumber()) {
      return Optional.of(
          "expected " + type.describe() + " but was non-integral number " + value.asText());
    }
    boolean fitsLong = value.canConvertToLong();
    boolean inRange =
        fitsLong
            && (type.min() == null || value.longValue() >= type.min())
            && (type.max() == null || value.longValue() <= type.max());
    if (inRange) {
      return Optional.empty();
    }
    String range =
        type.min() == null
            ? "the signed 64-bit range"
            : "range " + type.min() + ".." + type.max();
    return Optional.of(
        "value " + value.asText() + " is outside " + type.name() + " " + range);
  }

  private static Optional<String> stringProblem(String text, OcsfDataType type) {
    int length = text.codePointCount(0, text.length());
    if (type.maxLength() != null && length > type.maxLength()) {
      return Optional.of(
          "length " + length + " exceeds " + type.name() + " max length " + type.maxLength());
    }
    boolean formatOk =
        switch (type.name()) {
          case "ip_t" -> IpLiteral.isValid(text);
          case "datetime_t" -> Rfc3339.isValid(text);
          default -> type.regex() == null || type.regex().matcher(text).matches();
        };
    if (formatOk) {
      return Optional.empty();
    }
    return Optional.of("\"" + abbreviate(text) + "\" is not a valid " + type.name() + formatHint(type));
  }

  private static String formatHint(OcsfDataType type) {
    return switch (type.name()) {
      case "ip_t" -> " (IPv4 or IPv6 literal)";
      case "datetime_t" -> " (RFC 3339 date-time with offset)";
      default -> "";
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
