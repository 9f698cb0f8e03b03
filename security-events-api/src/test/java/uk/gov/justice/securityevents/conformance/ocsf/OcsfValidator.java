package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Validates OCSF event JSON against the official schema data, for use in tests.
 *
 * <p>Usage: {@code OcsfValidator.forVersion_1_8_0().validate(json)} returns an empty list for a
 * conforming event, otherwise human-readable violations such as
 * {@code $.user.uid: expected string_t but was number}. Checked: JSON object; known, non-deprecated
 * {@code class_uid}; {@code category_uid}; {@code type_uid}; {@code metadata.version}; required
 * attributes at every depth; {@code at_least_one}/{@code just_one} constraints; no unknown keys at
 * any depth (profile attributes only with the profile in {@code metadata.profiles}); data types,
 * ranges and formats; arrays; enum values. {@code unmapped} and {@code json_t} values are free-form.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OcsfValidator {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final OcsfSchema schema;

  private OcsfValidator(OcsfSchema schema) {
    this.schema = schema;
  }

  /** Returns the shared validator for OCSF 1.8.0 (the schema is compiled once, on first use). */
  public static OcsfValidator forVersion_1_8_0() {
    return Holder.V1_8_0;
  }

  /** Returns a validator for an already loaded schema. */
  public static OcsfValidator forSchema(OcsfSchema schema) {
    return new OcsfValidator(schema);
  }

  /** Returns the schema this validator checks against. */
  public OcsfSchema schema() {
    return schema;
  }

  /** Validates one event given as JSON text; returns the violations, empty if valid. */
  public List<String> validate(String json) {
    JsonNode event;
    try {
      event = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("$: not valid JSON: " + e.getOriginalMessage());
    }
    if (event == null || event.isMissingNode()) {
      return List.of("$: not valid JSON: no content");
    }
    return validate(event);
  }

  /** Validates one already parsed event; returns the violations, empty if valid. */
  public List<String> validate(JsonNode event) {
    return List.copyOf(new EventCheck(schema).run(event));
  }

  /**
   * Fails with an {@link AssertionError} listing every violation unless {@code json} is a valid
   * event; convenient in conformance tests.
   */
  public void assertValid(String json) {
    List<String> violations = validate(json);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "OCSF " + schema.version() + " violations:\n  " + String.join("\n  ", violations)
              + "\nin event:\n" + json);
    }
  }

  /** Lazy holder: the schema is compiled only when first requested. */
  private static final class Holder {
    static final OcsfValidator V1_8_0 = new OcsfValidator(OcsfSchema.load("1.8.0"));
  }
}
