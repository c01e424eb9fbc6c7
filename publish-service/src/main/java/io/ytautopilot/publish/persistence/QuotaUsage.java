package io.ytautopilot.publish.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.ytautopilot.publish.domain.QuotaDay;
import io.ytautopilot.publish.domain.QuotaLedger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The quota ledger in table quota_usage. A reservation is one conditional upsert, so replicas
 * uploading for the same channel at the same time cannot both take the last units.
 */
@ApplicationScoped
public class QuotaUsage implements QuotaLedger {
  // the casts type the parameters that no column types (PostgreSQL would take them for text)
  private static final String RESERVE = "insert into quota_usage (workspace_id, quota_day, units)"
      + " select cast(:workspace as varchar), cast(:day as date), cast(:units as int)"
      + " where cast(:units as int) <= cast(:limit as int)"
      + " on conflict (workspace_id, quota_day) do update set units = quota_usage.units + excluded.units"
      + " where quota_usage.units + excluded.units <= cast(:limit as int)";
  private static final String SPEND = "insert into quota_usage (workspace_id, quota_day, units) values (:workspace, :day, :units)"
      + " on conflict (workspace_id, quota_day) do update set units = quota_usage.units + excluded.units";
  private static final String SPENT = "select cast(coalesce(sum(units), 0) as bigint) from quota_usage"
      + " where workspace_id = :workspace and quota_day = :day";

  @Override
  public boolean reserve(String workspaceId, int units, int dailyLimit) {
    LocalDate day = today();
    return await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
        .createNativeQuery(RESERVE).setParameter("workspace", workspaceId).setParameter("day", day)
        .setParameter("units", units).setParameter("limit", dailyLimit).executeUpdate()))) == 1;
  }

  @Override
  public void spend(String workspaceId, int units) {
    LocalDate day = today();
    await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
        .createNativeQuery(SPEND).setParameter("workspace", workspaceId).setParameter("day", day)
        .setParameter("units", units).executeUpdate())));
  }

  @Override
  public int spentToday(String workspaceId) {
    LocalDate day = today();
    Long spent = await(() -> Panache.withSession(() -> Panache.getSession().chain(session -> session
        .createNativeQuery(SPENT, Long.class).setParameter("workspace", workspaceId).setParameter("day", day)
        .getSingleResult())));
    return spent.intValue();
  }

  private LocalDate today() {
    return QuotaDay.of(Instant.now());
  }
}
