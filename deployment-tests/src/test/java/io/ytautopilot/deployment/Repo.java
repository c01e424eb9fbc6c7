package io.ytautopilot.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Files of the repository this module checks, and plain YAML loading. */
final class Repo {
  /** Surefire runs in deployment-tests/; the repository root holds k8s/ and docker-compose.yml. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path K8S = ROOT.resolve("k8s");

  private Repo() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a YAML text, empty documents left out. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> yamlDocuments(String yaml) {
    var documents = new ArrayList<Map<String, Object>>();
    for (Object document : new Yaml().loadAll(yaml)) {
      if (document != null) documents.add((Map<String, Object>) document);
    }
    return documents;
  }

  static Map<String, Object> yamlFile(Path file) {
    var documents = yamlDocuments(read(file));
    if (documents.size() != 1) throw new IllegalStateException(file + " must hold one YAML document");
    return documents.get(0);
  }

  /** The YAML files below a folder, sorted, so failures name the same file every run. */
  static List<Path> yamlFilesUnder(Path folder) {
    try (var files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
