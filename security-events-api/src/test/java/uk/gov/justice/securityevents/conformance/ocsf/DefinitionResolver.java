package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the two composition directives of OCSF schema source files, as the OCSF server does.
 *
 * <ul>
 *   <li>{@code $include}: the included files' attributes are merged under the including file's
 *       own attributes; attributes from a profile file ({@code "meta": "profile"}) are tagged
 *       {@code "profile": <name>} so they can be filtered by {@code metadata.profiles}. A class can
 *       detach one again with {@code "profile": null} (e.g. {@code actor} in {@code iam}).
 *   <li>{@code extends}: attributes deep-merge parent then child; other top-level keys (category,
 *       constraints, ...) are inherited unless the child redefines them.
 * </ul>
 */
final class DefinitionResolver {

  private static final String INCLUDE = "$include";

  private final SchemaFiles files;

  DefinitionResolver(SchemaFiles files) {
    this.files = files;
  }

  /** Returns {@code definition} with its {@code $include}s (recursively) merged in. */
  ObjectNode withIncludesResolved(ObjectNode definition) {
    JsonNode attributes = definition.get("attributes");
    if (!(attributes instanceof ObjectNode own) || !own.has(INCLUDE)) {
      return definition;
    }
    ObjectNode ownWithoutInclude = own.deepCopy();
    JsonNode include = ownWithoutInclude.remove(INCLUDE);
    List<String> paths = new ArrayList<>();
    if (include.isArray()) {
      include.forEach(p -> paths.add(p.asText()));
    } else {
      paths.add(include.asText());
    }
    ObjectNode merged = ownWithoutInclude;
    for (String path : paths) {
      ObjectNode included = withIncludesResolved(files.read(path));
      ObjectNode includedAttributes = ((ObjectNode) included.get("attributes")).deepCopy();
      if ("profile".equals(included.path("meta").asText())) {
        String profile = included.path("name").asText();
        includedAttributes.forEach(a -> ((ObjectNode) a).put("profile", profile));
      }
      merged = JsonMerge.deepMerge(includedAttributes, merged);
    }
    ObjectNode result = definition.deepCopy();
    result.set("attributes", merged);
    return result;
  }

  /** Resolves {@code name}'s extends chain; {@code cache} holds already resolved definitions. */
  ObjectNode resolveExtends(String name, Map<String, ObjectNode> raw, Map<String, ObjectNode> cache) {
    return resolveExtends(name, raw, cache, new HashSet<>());
  }

  private ObjectNode resolveExtends(
      String name, Map<String, ObjectNode> raw, Map<String, ObjectNode> cache, Set<String> seen) {
    ObjectNode cached = cache.get(name);
    if (cached != null) {
      return cached;
    }
    ObjectNode definition = raw.get(name);
    if (definition == null) {
      throw new IllegalStateException("Unknown OCSF definition: " + name);
    }
    if (!seen.add(name)) {
      throw new IllegalStateException("Cyclic extends at " + name);
    }
    ObjectNode result = definition.deepCopy();
    String parentName = definition.path("extends").asText(null);
    if (parentName != null) {
      ObjectNode parent = resolveExtends(parentName, raw, cache, seen);
      result = parent.deepCopy();
      result.remove("uid"); // a class's uid is its own, never inherited
      result.setAll(definition);
      result.remove("extends");
      result.set(
          "attributes",
          JsonMerge.deepMerge(
              objectOrEmpty(parent.get("attributes")), objectOrEmpty(definition.get("attributes"))));
      if (!definition.has("@deprecated")) {
        result.remove("@deprecated"); // deprecating a parent does not deprecate its children
      }
    }
    cache.put(name, result);
    return result;
  }

  private static ObjectNode objectOrEmpty(JsonNode node) {
    return node instanceof ObjectNode object ? object : SchemaFiles.mapper().createObjectNode();
  }
}
