package uk.gov.justice.securityevents.conformance.ocsf;

import java.util.Map;

/**
 * A resolved, concrete OCSF event class with the attributes of its category base class and
 * {@code base_event}, profile attributes (tagged with their profile) and synthetic {@code *_dt}
 * attributes.
 *
 * @param name         the class name, e.g. {@code authentication}
 * @param caption      the display name, e.g. {@code Authentication}
 * @param uid          the full {@code class_uid}: category uid * 1000 + the class's own uid
 * @param categoryUid  the {@code category_uid}; 0 for {@code base_event}
 * @param categoryName the category name, e.g. {@code iam}
 * @param attributes   attributes by JSON key
 * @param constraints  class constraints
 * @param deprecation  the deprecation note (e.g. {@code since 1.1.0}) or {@code null} if current
 */
public record OcsfClass(
    String name,
    String caption,
    int uid,
    int categoryUid,
    String categoryName,
    Map<String, OcsfAttribute> attributes,
    OcsfConstraints constraints,
    String deprecation) {

  public OcsfClass {
    attributes = Map.copyOf(attributes);
  }

  /** Returns whether the class is deprecated in this schema version. */
  public boolean isDeprecated() {
    return deprecation != null;
  }
}
