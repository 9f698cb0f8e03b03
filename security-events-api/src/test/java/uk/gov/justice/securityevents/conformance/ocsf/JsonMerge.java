package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Deep merge of schema JSON, mirroring the OCSF server's {@code Utils.deep_merge}: nested objects
 * merge key by key and any other value from the overlay replaces the base, including an explicit
 * {@code null} (which is how a class writes {@code "profile": null} to detach an attribute from a
 * profile).
 */
final class JsonMerge {

  private JsonMerge() {}

  /** Returns a new object: {@code base} overlaid by {@code overlay}; neither input is modified. */
  static ObjectNode deepMerge(ObjectNode base, ObjectNode overlay) {
    ObjectNode result = base.deepCopy();
    for (Map.Entry<String, JsonNode> field : overlay.properties()) {
      JsonNode existing = result.get(field.getKey());
      JsonNode value = field.getValue();
      if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
        result.set(field.getKey(), deepMerge(existingObject, valueObject));
      } else {
        result.set(field.getKey(), value.deepCopy());
      }
    }
    return result;
  }
}
