package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Compiles the {@code types} section of {@code dictionary.json} into {@link OcsfDataType}s,
 * resolving each sub-type's primitive and inheriting range, {@code max_len} and {@code regex} from
 * its super-type when it does not declare its own.
 */
final class DataTypes {

  private DataTypes() {}

  static Map<String, OcsfDataType> compile(ObjectNode types) {
    Map<String, OcsfDataType> compiled = new TreeMap<>();
    types.fieldNames().forEachRemaining(name -> compiled.put(name, dataType(name, types)));
    return compiled;
  }

  private static OcsfDataType dataType(String name, ObjectNode types) {
    JsonNode type = types.get(name);
    String superName = type.path("type").asText(null);
    OcsfDataType parent = superName == null ? null : dataType(superName, types);
    String primitive = parent == null ? name : parent.primitive();
    Long min = type.has("range") ? Long.valueOf(type.get("range").get(0).asLong()) : null;
    Long max = type.has("range") ? Long.valueOf(type.get("range").get(1).asLong()) : null;
    if (min == null && parent != null) {
      min = parent.min();
      max = parent.max();
    }
    if (min == null && "integer_t".equals(primitive)) {
      // integer_t declares no range in the data; OCSF defines it as a signed 32-bit integer.
      min = (long) Integer.MIN_VALUE;
      max = (long) Integer.MAX_VALUE;
    }
    Integer maxLength =
        type.has("max_len")
            ? Integer.valueOf(type.get("max_len").asInt())
            : parent == null ? null : parent.maxLength();
    Pattern regex =
        type.has("regex")
            ? Pattern.compile(type.get("regex").asText())
            : parent == null ? null : parent.regex();
    return new OcsfDataType(name, primitive, min, max, maxLength, regex);
  }
}
