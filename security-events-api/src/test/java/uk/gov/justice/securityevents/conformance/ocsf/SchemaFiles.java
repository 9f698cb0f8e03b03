package uk.gov.justice.securityevents.conformance.ocsf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the OCSF schema source files from the classpath, rooted at {@code ocsf/<version>/}.
 *
 * <p>Directory listing works both for exploded directories ({@code target/test-classes}) and for
 * jars, so the schema can also be consumed from a test-jar.
 */
final class SchemaFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String root;

  SchemaFiles(String version) {
    this.root = "ocsf/" + version + "/";
  }

  /** Reads one JSON file, e.g. {@code dictionary.json} or {@code profiles/host.json}. */
  ObjectNode read(String relativePath) {
    String resource = root + relativePath;
    try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OCSF schema file not on classpath: " + resource);
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read OCSF schema file " + resource, e);
    }
  }

  /** Lists all {@code .json} files below a directory, as paths relative to the schema root. */
  List<String> listJson(String directory) {
    URL url = SchemaFiles.class.getClassLoader().getResource(root + directory);
    if (url == null) {
      throw new IllegalStateException("OCSF schema directory not on classpath: " + root + directory);
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return list(jar.getPath("/" + root), jar.getPath("/" + root + directory));
        }
      }
      Path dir = Path.of(url.toURI());
      return list(dir.getParent(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path schemaRoot, Path dir) throws IOException {
    // For the exploded case dir.getParent() is the schema root because directory has no '/'.
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .map(p -> schemaRoot.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
