package io.ytautopilot.trend.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class FetchRunRepository implements PanacheRepositoryBase<FetchRunEntity, UUID> {}
