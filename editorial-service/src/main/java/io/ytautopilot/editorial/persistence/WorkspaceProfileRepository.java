package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class WorkspaceProfileRepository implements PanacheRepositoryBase<WorkspaceProfileEntity, String> {}
