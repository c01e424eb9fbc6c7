package io.ytautopilot.trend.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.domain.WorkspaceChange;
import io.ytautopilot.trend.domain.WorkspaceDefinition;
import io.ytautopilot.trend.persistence.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Workspace definitions kept as files (the local stack's local-stack/workspaces/*.yaml), in the
 * format of the API's body. Applying them creates or changes the workspaces; a file equal to the
 * stored definition changes nothing, so restarts do not repeat WorkspaceConfigured. A file that
 * does not read or validate fails the whole load, naming the file and the field.
 */
@ApplicationScoped
public class WorkspaceFiles {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private final Validator validator;
  private final Workspaces workspaces;

  public WorkspaceFiles(Validator validator, Workspaces workspaces) {
    this.validator = validator;
    this.workspaces = workspaces;
  }

  /** Creates or changes the workspace of every *.yaml file in the folder, in file name order. */
  public Uni<List<WorkspaceChange>> apply(Path folder) {
    List<WorkspaceDefinition> definitions = read(folder);
    Uni<List<WorkspaceChange>> applied = Uni.createFrom().item(new ArrayList<>());
    for (WorkspaceDefinition definition : definitions) {
      applied = applied.call(changes -> workspaces.apply(definition).invoke(changes::add));
    }
    return applied;
  }

  /** Reads and validates every *.yaml file in the folder; no two may define the same workspace. */
  public List<WorkspaceDefinition> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InvalidWorkspaceFile(folder, "is not a folder (yt.trend.workspaces.dir)");
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new InvalidWorkspaceFile(folder, "cannot be listed: " + e);
    }
    Map<String, Path> fileOfId = new HashMap<>();
    List<WorkspaceDefinition> definitions = new ArrayList<>();
    for (Path file : files) {
      WorkspaceDefinition definition = readFile(file);
      Path earlier = fileOfId.putIfAbsent(definition.id(), file);
      if (earlier != null) {
        throw new InvalidWorkspaceFile(file, "field id: workspace " + definition.id() + " is defined in " + earlier
            + " already");
      }
      definitions.add(definition);
    }
    return definitions;
  }

  WorkspaceDefinition readFile(Path file) {
    WorkspaceBody body;
    try {
      body = yaml.readValue(file.toFile(), WorkspaceBody.class);
    } catch (JsonMappingException e) {
      throw new InvalidWorkspaceFile(file, "field " + path(e) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidWorkspaceFile(file, "is not readable YAML: " + e.getMessage());
    }
    if (body == null) {
      throw new InvalidWorkspaceFile(file, "is empty");
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new InvalidWorkspaceFile(file, violations.stream()
          .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
          .map(WorkspaceFiles::describe)
          .collect(Collectors.joining("; ")));
    }
    return body.toDomain();
  }

  private static String describe(ConstraintViolation<WorkspaceBody> violation) {
    return "field " + violation.getPropertyPath() + " " + violation.getMessage();
  }

  /** The field as the file writes it, e.g. sources[1].kind. */
  private static String path(JsonMappingException e) {
    var path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "(top level)" : path.toString();
  }

  /** A workspace file that cannot be applied; its message names the file and what is wrong. */
  public static class InvalidWorkspaceFile extends IllegalStateException {
    InvalidWorkspaceFile(Path file, String problem) {
      super("workspace file " + file.toAbsolutePath() + " " + (problem.startsWith("field") ? "is invalid: " : "")
          + problem);
    }
  }
}
