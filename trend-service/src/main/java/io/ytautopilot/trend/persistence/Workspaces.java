package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import io.ytautopilot.trend.domain.UnknownWorkspace;
import io.ytautopilot.trend.domain.Workspace;
import io.ytautopilot.trend.domain.WorkspaceChange;
import io.ytautopilot.trend.domain.WorkspaceDefinition;
import io.ytautopilot.trend.domain.WorkspaceExists;
import io.ytautopilot.trend.events.WorkspaceEventMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The workspace use cases. Every creation and every change appends WorkspaceConfigured (the whole
 * definition and its version) to the outbox in the same transaction; storing a definition equal to
 * the current one changes nothing and emits nothing.
 */
@ApplicationScoped
public class Workspaces {
  static final String AGGREGATE = "Workspace";

  private final WorkspaceRepository workspaces;
  private final StoredJson json;
  private final WorkspaceEventMapper events;
  private final Outbox outbox;

  public Workspaces(WorkspaceRepository workspaces, StoredJson json, WorkspaceEventMapper events, Outbox outbox) {
    this.workspaces = workspaces;
    this.json = json;
    this.events = events;
    this.outbox = outbox;
  }

  /** Version 1 of a new workspace; WorkspaceExists when the id is taken. */
  @WithTransaction
  public Uni<Workspace> create(WorkspaceDefinition definition) {
    var created = new Workspace(definition, 1, Instant.now());
    return workspaces.insert(definition.id(), json.write(definition), created.updatedAt())
        .chain(inserted -> {
          if (!inserted) {
            return Uni.createFrom().failure(new WorkspaceExists(definition.id()));
          }
          return announce(created);
        });
  }

  /** The next version of an existing workspace; UnknownWorkspace when there is none. */
  @WithTransaction
  public Uni<WorkspaceChange> update(WorkspaceDefinition definition) {
    return workspaces.forUpdate(definition.id())
        .onItem().ifNull().failWith(() -> new UnknownWorkspace(definition.id()))
        .chain(row -> change(row, definition));
  }

  /** Creates the workspace or changes it to this definition: what a definition file asks for. */
  @WithTransaction
  public Uni<WorkspaceChange> apply(WorkspaceDefinition definition) {
    return workspaces.forUpdate(definition.id())
        .chain(row -> row == null
            ? create(definition).map(created -> new WorkspaceChange(created, WorkspaceChange.Kind.CREATED))
            : change(row, definition));
  }

  @WithSession
  public Uni<Workspace> find(String id) {
    return workspaces.findById(id)
        .onItem().ifNull().failWith(() -> new UnknownWorkspace(id))
        .map(this::toDomain);
  }

  @WithSession
  public Uni<List<Workspace>> all() {
    return workspaces.byId().map(rows -> rows.stream().map(this::toDomain).toList());
  }

  private Uni<WorkspaceChange> change(WorkspaceEntity row, WorkspaceDefinition definition) {
    Workspace current = toDomain(row);
    if (current.definition().equals(definition)) {
      return Uni.createFrom().item(new WorkspaceChange(current, WorkspaceChange.Kind.UNCHANGED));
    }
    row.version = current.version() + 1;
    row.definition = json.write(definition);
    row.updatedAt = Instant.now();
    var changed = toDomain(row);
    return announce(changed).map(stored -> new WorkspaceChange(stored, WorkspaceChange.Kind.UPDATED));
  }

  private Uni<Workspace> announce(Workspace workspace) {
    return outbox.append(AGGREGATE, workspace.id(), Topics.WORKSPACES, events.workspaceConfigured(workspace))
        .replaceWith(workspace);
  }

  private Workspace toDomain(WorkspaceEntity row) {
    return new Workspace(json.definition(row.definition), row.version, row.updatedAt);
  }
}
