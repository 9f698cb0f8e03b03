package uk.gov.justice.securityevents.conformance.ocsf;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled OCSF schema for one version, loaded from the classpath under
 * {@code ocsf/<version>/} (the official schema source files: {@code events/}, {@code objects/},
 * {@code profiles/}, {@code dictionary.json}, {@code categories.json}, {@code version.json}).
 *
 * <p>Immutable and thread-safe; {@link #load(String)} caches one instance per version because
 * compiling takes a few hundred milliseconds.
 */
public final class OcsfSchema {

  private static final Map<String, OcsfSchema> CACHE = new ConcurrentHashMap<>();

  private final String version;
  private final Map<Integer, OcsfClass> classesByUid;
  private final Map<String, OcsfObject> objectsByName;
  private final Map<String, OcsfDataType> dataTypesByName;
  private final Set<String> profileNames;

  OcsfSchema(
      String version,
      Map<Integer, OcsfClass> classesByUid,
      Map<String, OcsfObject> objectsByName,
      Map<String, OcsfDataType> dataTypesByName,
      Set<String> profileNames) {
    this.version = version;
    this.classesByUid = Map.copyOf(classesByUid);
    this.objectsByName = Map.copyOf(objectsByName);
    this.dataTypesByName = Map.copyOf(dataTypesByName);
    this.profileNames = Set.copyOf(profileNames);
  }

  /**
   * Returns the schema for {@code version} (e.g. {@code "1.8.0"}), compiling it on first use.
   *
   * @throws IllegalStateException if the schema files are missing or inconsistent
   */
  public static OcsfSchema load(String version) {
    return CACHE.computeIfAbsent(
        version, v -> new SchemaCompiler(new SchemaFiles(v)).compile());
  }

  /** Returns the schema version from {@code version.json}, e.g. {@code 1.8.0}. */
  public String version() {
    return version;
  }

  /** Returns the concrete class with this {@code class_uid} (e.g. 3002), including 0 (Base Event). */
  public Optional<OcsfClass> findClass(int classUid) {
    return Optional.ofNullable(classesByUid.get(classUid));
  }

  /** Returns the concrete (non-abstract) object with this name, e.g. {@code user}. */
  public Optional<OcsfObject> findObject(String name) {
    return Optional.ofNullable(objectsByName.get(name));
  }

  /** Returns the data type with this name, e.g. {@code port_t}. */
  public Optional<OcsfDataType> findDataType(String name) {
    return Optional.ofNullable(dataTypesByName.get(name));
  }

  /** Returns all concrete classes. */
  public Collection<OcsfClass> classes() {
    return classesByUid.values();
  }

  /** Returns all concrete objects. */
  public Collection<OcsfObject> objects() {
    return objectsByName.values();
  }

  /** Returns the names of all defined profiles, e.g. {@code host}, {@code datetime}. */
  public Set<String> profileNames() {
    return profileNames;
  }
}
