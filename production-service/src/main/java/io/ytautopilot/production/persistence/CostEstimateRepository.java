package io.ytautopilot.production.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class CostEstimateRepository implements PanacheRepositoryBase<CostEstimateEntity, CostEstimateEntity.Key> {}
