package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles the OCSF schema source files into resolved classes and objects, following the OCSF
 * server's compilation rules.
 *
 * <ol>
 *   <li>{@code $include} and {@code extends} are resolved by {@link DefinitionResolver}.
 *   <li>Every attribute is merged over its {@code dictionary.json} entry, which supplies the type,
 *       {@code is_array} and base enum (so class enums extend, not replace, e.g. 0/99).
 *   <li>The synthetic datetime profile adds an optional {@code <name>_dt} ({@code datetime_t})
 *       for each {@code timestamp_t} attribute.
 * </ol>
 */
final class SchemaCompiler {

  private static final String BASE_EVENT = "base_event";
  private static final String OBSERVABLE = "observable";
  /** Validated by dedicated rules with clearer messages, so their generic enums are dropped. */
  private static final Set<String> SPECIALLY_CHECKED = Set.of("class_uid", "category_uid");

  private final SchemaFiles files;
  private final DefinitionResolver resolver;
  private final ObjectNode dictionaryAttributes;
  private final Map<String, OcsfDataType> dataTypes;
  private final Map<String, ObjectNode> rawClasses = new HashMap<>();
  private final Map<String, ObjectNode> rawObjects = new HashMap<>();
  private final Set<String> profileNames = new LinkedHashSet<>();
  private final Set<String> observableTypeIds = new LinkedHashSet<>();

  SchemaCompiler(SchemaFiles files) {
    this.files = files;
    this.resolver = new DefinitionResolver(files);
    ObjectNode dictionary = files.read("dictionary.json");
    this.dictionaryAttributes = (ObjectNode) dictionary.get("attributes");
    this.dataTypes = DataTypes.compile((ObjectNode) dictionary.path("types").path("attributes"));
    collectObservableIds(dictionary.path("types").path("attributes"));
    collectObservableIds(dictionaryAttributes);
  }

  OcsfSchema compile() {
    String version = files.read("version.json").path("version").asText();
    for (String path : files.listJson("profiles")) {
      profileNames.add(files.read(path).path("name").asText());
    }
    for (String path : files.listJson("events")) {
      ObjectNode definition = resolver.withIncludesResolved(files.read(path));
      rawClasses.put(definition.path("name").asText(), definition);
      collectObservableIds(definition);
    }
    for (String path : files.listJson("objects")) {
      ObjectNode definition = resolver.withIncludesResolved(files.read(path));
      rawObjects.put(definition.path("name").asText(), definition);
      collectObservableIds(definition);
    }

    Map<String, OcsfObject> objects = new TreeMap<>();
    Map<String, ObjectNode> resolvedObjects = new HashMap<>();
    for (String name : rawObjects.keySet()) {
      if (name.startsWith("_")) {
        continue; // abstract bases such as _entity exist only to be extended
      }
      ObjectNode resolved = resolver.resolveExtends(name, rawObjects, resolvedObjects);
      Map<String, OcsfAttribute> attributes = attributes(name, resolved);
      if (OBSERVABLE.equals(name)) {
        attributes.computeIfPresent("type_id", (k, a) -> withExtraEnum(a, observableTypeIds));
      }
      objects.put(name, new OcsfObject(name, attributes, constraints(resolved)));
    }

    Map<String, Integer> categoryUids = categoryUids();
    Map<Integer, OcsfClass> classes = new TreeMap<>();
    Map<String, ObjectNode> resolvedClasses = new HashMap<>();
    for (String name : rawClasses.keySet()) {
      ObjectNode resolved = resolver.resolveExtends(name, rawClasses, resolvedClasses);
      boolean concrete = resolved.has("uid") || BASE_EVENT.equals(name);
      if (concrete) {
        OcsfClass compiled = compileClass(name, resolved, categoryUids);
        OcsfClass clash = classes.put(compiled.uid(), compiled);
        if (clash != null) {
          throw new IllegalStateException(
              "Classes " + clash.name() + " and " + name + " share uid " + compiled.uid());
        }
      }
    }

    OcsfSchema schema = new OcsfSchema(version, classes, objects, dataTypes, profileNames);
    checkTypeReferences(schema);
    return schema;
  }

  private OcsfClass compileClass(
      String name, ObjectNode resolved, Map<String, Integer> categoryUids) {
    String category = resolved.path("category").asText();
    Integer categoryUid = categoryUids.get(category);
    if (categoryUid == null) {
      throw new IllegalStateException("Class " + name + " has unknown category " + category);
    }
    int uid = categoryUid * 1000 + resolved.path("uid").asInt(0);
    Map<String, OcsfAttribute> attributes = new LinkedHashMap<>(attributes(name, resolved));
    for (String special : SPECIALLY_CHECKED) {
      attributes.computeIfPresent(special, (k, a) -> withoutEnum(a));
    }
    JsonNode deprecated = resolved.get("@deprecated");
    String deprecation =
        deprecated == null
            ? null
            : "since " + deprecated.path("since").asText("?") + ": "
                + stripHtml(deprecated.path("message").asText(""));
    return new OcsfClass(
        name,
        resolved.path("caption").asText(name),
        uid,
        categoryUid,
        category,
        attributes,
        constraints(resolved),
        deprecation);
  }

  private Map<String, Integer> categoryUids() {
    Map<String, Integer> uids = new HashMap<>();
    // base_event's category "other" is not listed in categories.json; its category_uid is 0.
    uids.put("other", 0);
    files
        .read("categories.json")
        .path("attributes")
        .properties()
        .forEach(e -> uids.put(e.getKey(), e.getValue().path("uid").asInt()));
    return uids;
  }

  private Map<String, OcsfAttribute> attributes(String owner, ObjectNode resolved) {
    Map<String, OcsfAttribute> attributes = new TreeMap<>();
    for (Map.Entry<String, JsonNode> field : resolved.path("attributes").properties()) {
      attributes.put(field.getKey(), attribute(owner, field.getKey(), field.getValue()));
    }
    for (OcsfAttribute attribute : List.copyOf(attributes.values())) {
      if ("timestamp_t".equals(attribute.type())) {
        attributes.putIfAbsent(
            attribute.name() + "_dt",
            new OcsfAttribute(
                attribute.name() + "_dt",
                "datetime_t",
                false,
                attribute.array(),
                OcsfAttribute.Requirement.OPTIONAL,
                Set.of(),
                "datetime",
                false));
      }
    }
    return attributes;
  }

  private OcsfAttribute attribute(String owner, String name, JsonNode override) {
    JsonNode base = dictionaryAttributes.get(name);
    if (base == null) {
      throw new IllegalStateException(owner + "." + name + " is not in dictionary.json");
    }
    ObjectNode merged = JsonMerge.deepMerge((ObjectNode) base, (ObjectNode) override);
    String type = merged.path("type").asText();
    Set<String> enumValues = new LinkedHashSet<>();
    merged.path("enum").fieldNames().forEachRemaining(enumValues::add);
    JsonNode profile = merged.get("profile");
    return new OcsfAttribute(
        name,
        type,
        !dataTypes.containsKey(type),
        merged.path("is_array").asBoolean(false),
        OcsfAttribute.Requirement.of(merged.path("requirement").asText(null)),
        Set.copyOf(enumValues),
        profile == null || profile.isNull() ? null : profile.asText(),
        merged.has("@deprecated"));
  }

  /**
   * The observable object's type_id enum is generated, as the OCSF server does: the data lists only
   * 0 and 99 there and marks observable kinds with an {@code observable} id on types, dictionary
   * attributes, objects, classes and class/object attributes.
   */
  private void collectObservableIds(JsonNode node) {
    if (node.isObject()) {
      JsonNode id = node.get("observable");
      if (id != null && id.isIntegralNumber()) {
        observableTypeIds.add(id.asText());
      }
      node.forEach(this::collectObservableIds);
    }
  }

  private static OcsfAttribute withExtraEnum(OcsfAttribute a, Set<String> extra) {
    Set<String> values = new LinkedHashSet<>(a.enumValues());
    values.addAll(extra);
    return new OcsfAttribute(
        a.name(), a.type(), a.objectType(), a.array(), a.requirement(), Set.copyOf(values),
        a.profile(), a.deprecated());
  }

  private static OcsfAttribute withoutEnum(OcsfAttribute a) {
    return new OcsfAttribute(
        a.name(), a.type(), a.objectType(), a.array(), a.requirement(), Set.of(), a.profile(),
        a.deprecated());
  }

  private static OcsfConstraints constraints(ObjectNode resolved) {
    JsonNode constraints = resolved.path("constraints");
    Set<String> known = Set.of("at_least_one", "just_one");
    constraints
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (!known.contains(k)) {
                throw new IllegalStateException(
                    "Unsupported constraint " + k + " in " + resolved.path("name").asText());
              }
            });
    return new OcsfConstraints(
        texts(constraints.path("at_least_one")), texts(constraints.path("just_one")));
  }

  private static void checkTypeReferences(OcsfSchema schema) {
    List<Map<String, OcsfAttribute>> owners = new ArrayList<>();
    schema.classes().forEach(c -> owners.add(c.attributes()));
    schema.objects().forEach(o -> owners.add(o.attributes()));
    for (Map<String, OcsfAttribute> attributes : owners) {
      for (OcsfAttribute attribute : attributes.values()) {
        if (attribute.objectType() && schema.findObject(attribute.type()).isEmpty()) {
          throw new IllegalStateException(
              "Attribute " + attribute.name() + " has unknown type " + attribute.type());
        }
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String stripHtml(String text) {
    return text.replaceAll("<[^>]+>", "");
  }
}
