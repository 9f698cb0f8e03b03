package uk.gov.justice.securityevents.conformance.ocsf;

import java.util.regex.Pattern;

/**
 * A resolved OCSF data type from the {@code types} section of {@code dictionary.json}, e.g.
 * {@code string_t}, {@code port_t} or {@code timestamp_t}.
 *
 * <p>Sub-types inherit their super-type's constraints, so {@code port_t} carries primitive
 * {@code integer_t} and range 0..65535, and {@code timestamp_t} carries primitive {@code long_t}.
 * Nullable components mean "no such constraint".
 *
 * @param name      the type name, e.g. {@code port_t}
 * @param primitive the root primitive: {@code string_t}, {@code integer_t}, {@code long_t},
 *                  {@code float_t}, {@code boolean_t} or {@code json_t}
 * @param min       inclusive lower bound for integral types, or {@code null}
 * @param max       inclusive upper bound for integral types, or {@code null}
 * @param maxLength maximum string length in code points, or {@code null}
 * @param regex     format a string value must fully match, or {@code null}
 */
public record OcsfDataType(
    String name, String primitive, Long min, Long max, Integer maxLength, Pattern regex) {

  /** Returns whether this type is a sub-type, i.e. its name differs from its primitive. */
  public boolean isSubtype() {
    return !name.equals(primitive);
  }

  /** Returns the type as shown in messages, e.g. {@code port_t (integer_t)} or {@code string_t}. */
  public String describe() {
    return isSubtype() ? name + " (" + primitive + ")" : name;
  }
}
