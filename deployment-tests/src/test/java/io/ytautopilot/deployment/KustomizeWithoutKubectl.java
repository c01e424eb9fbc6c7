package io.ytautopilot.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders our kustomizations where kubectl is missing (kubectl is not on every machine here): it
 * knows exactly the features k8s/ uses (resources, namespace, labels, JSON 6902 patches with
 * replace ops and kind/name/group/label targets) and refuses anything else, so a kustomization that
 * outgrows it fails loudly instead of being rendered wrong.
 */
final class KustomizeWithoutKubectl {
  private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels", "patches");

  private KustomizeWithoutKubectl() {}

  static List<Map<String, Object>> render(Path folder) {
    var kustomization = Repo.yamlFile(folder.resolve("kustomization.yaml"));
    if (!SUPPORTED.containsAll(kustomization.keySet())) {
      throw new IllegalStateException(folder + ": only " + SUPPORTED + " can be rendered without kubectl");
    }
    var resources = new ArrayList<Map<String, Object>>();
    for (String entry : list(kustomization, "resources", String.class)) {
      var path = folder.resolve(entry).normalize();
      resources.addAll(Files.isDirectory(path) ? render(path) : Repo.yamlDocuments(Repo.read(path)));
    }
    for (Map<?, ?> labels : list(kustomization, "labels", Map.class)) {
      if (!labels.keySet().equals(Set.of("pairs"))) throw new IllegalStateException("only label pairs can be rendered without kubectl");
      resources.forEach(r -> map(metadata(r), "labels").putAll(map(labels, "pairs")));
    }
    for (Map<?, ?> patch : list(kustomization, "patches", Map.class)) {
      var target = map(patch, "target");
      var operations = Repo.yamlDocuments("ops: " + indent((String) patch.get("patch"))).get(0);
      resources.stream().filter(r -> matches(target, r))
          .forEach(r -> list(operations, "ops", Map.class).forEach(op -> replace(r, op)));
    }
    if (kustomization.get("namespace") instanceof String namespace) {
      resources.forEach(r -> metadata(r).put("namespace", namespace));
    }
    return resources;
  }

  private static boolean matches(Map<String, Object> target, Map<String, Object> resource) {
    var apiVersion = (String) resource.get("apiVersion");
    var group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    var labels = map(metadata(resource), "labels");
    return target.getOrDefault("kind", resource.get("kind")).equals(resource.get("kind"))
        && target.getOrDefault("group", group).equals(group)
        && target.getOrDefault("name", metadata(resource).get("name")).equals(metadata(resource).get("name"))
        && labelSelectorMatches((String) target.get("labelSelector"), labels);
  }

  private static boolean labelSelectorMatches(String selector, Map<String, Object> labels) {
    if (selector == null) return true;
    for (var requirement : selector.split(",")) {
      var pair = requirement.split("=");
      if (pair.length != 2 || pair[0].endsWith("!")) {
        throw new IllegalStateException("only key=value label selectors can be rendered without kubectl: " + selector);
      }
      if (!pair[1].trim().equals(labels.get(pair[0].trim()))) return false;
    }
    return true;
  }

  /** A JSON 6902 replace: the path must exist, as kustomize requires. */
  @SuppressWarnings("unchecked")
  private static void replace(Map<String, Object> resource, Map<?, ?> operation) {
    if (!"replace".equals(operation.get("op"))) {
      throw new IllegalStateException("only replace patches can be rendered without kubectl: " + operation);
    }
    var steps = ((String) operation.get("path")).substring(1).split("/");
    Object node = resource;
    for (int i = 0; i < steps.length - 1; i++) node = child(node, steps[i]);
    var last = steps[steps.length - 1].replace("~1", "/").replace("~0", "~");
    if (!(node instanceof Map<?, ?> parent) || !parent.containsKey(last)) {
      throw new IllegalStateException("no " + operation.get("path") + " to replace in " + metadata(resource).get("name"));
    }
    // a copy: the same patch value must not be shared (and later patched) by several resources
    var value = new Yaml().load(new Yaml().dump(operation.get("value")));
    ((Map<String, Object>) parent).put(last, value);
  }

  private static Object child(Object node, String step) {
    var key = step.replace("~1", "/").replace("~0", "~");
    return node instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<?, ?>) node).get(key);
  }

  private static String indent(String block) {
    return "\n  " + block.replace("\n", "\n  ");
  }

  private static Map<String, Object> metadata(Map<String, Object> resource) {
    return map(resource, "metadata");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<?, ?> parent, String key) {
    return (Map<String, Object>) ((Map<Object, Object>) parent).computeIfAbsent(key, k -> new LinkedHashMap<>());
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Map<?, ?> parent, String key, Class<T> type) {
    var value = parent.get(key);
    return value == null ? List.of() : (List<T>) value;
  }
}
