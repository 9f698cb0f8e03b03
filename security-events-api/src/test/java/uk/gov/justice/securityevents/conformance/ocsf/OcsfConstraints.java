package uk.gov.justice.securityevents.conformance.ocsf;

import java.util.List;

/**
 * The {@code constraints} of an OCSF class or object.
 *
 * <p>Entries are attribute names, or dotted paths such as {@code device.os.version} (used by
 * Patch State).
 *
 * @param atLeastOne attributes of which at least one must be present; empty if unconstrained
 * @param justOne    attributes of which exactly one must be present; empty if unconstrained
 */
public record OcsfConstraints(List<String> atLeastOne, List<String> justOne) {

  /** No constraints. */
  public static final OcsfConstraints NONE = new OcsfConstraints(List.of(), List.of());

  public OcsfConstraints {
    atLeastOne = List.copyOf(atLeastOne);
    justOne = List.copyOf(justOne);
  }
}
