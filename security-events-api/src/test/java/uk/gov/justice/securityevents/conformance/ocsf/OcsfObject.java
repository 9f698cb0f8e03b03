package uk.gov.justice.securityevents.conformance.ocsf;

import java.util.Map;

/**
 * A resolved OCSF object (e.g. {@code user}, {@code metadata}) with attributes inherited through
 * {@code extends}, contributed by {@code $include}d profiles, and the synthetic {@code *_dt}
 * attributes of the datetime profile.
 *
 * @param name        the object name, e.g. {@code network_endpoint}
 * @param attributes  attributes by JSON key
 * @param constraints constraints, possibly inherited
 */
public record OcsfObject(
    String name, Map<String, OcsfAttribute> attributes, OcsfConstraints constraints) {

  public OcsfObject {
    attributes = Map.copyOf(attributes);
  }

  /**
   * Returns whether the object accepts any content. Only the root {@code object} type has no
   * attributes; it backs free-form attributes such as {@code unmapped}.
   */
  public boolean isFreeForm() {
    return attributes.isEmpty();
  }
}
