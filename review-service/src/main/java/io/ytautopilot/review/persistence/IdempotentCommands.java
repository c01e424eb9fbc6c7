package io.ytautopilot.review.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a command at most once per Idempotency-Key. The first answer (success or refusal) is stored
 * with the command's own changes, in the same transaction, and a repeat of the key gets that answer
 * again without running anything. Two concurrent requests with one key: the unique key lets one
 * store its answer; the other returns it.
 */
@ApplicationScoped
public class IdempotentCommands {

  /** An HTTP answer as stored: status, JSON body, entity tag. */
  public record Answer(int status, String body, String entityTag) {}

  /** The same key arrived with a different request: the caller has a bug, nothing is run. */
  public static class KeyReused extends RuntimeException {
    public KeyReused(String key) {
      super("Idempotency-Key '" + key + "' was already used for a different request");
    }
  }

  /**
   * @param scope who is calling, so that keys of different callers never collide
   * @param fingerprint digest of the request; a repeat must match it
   * @param command runs the command and renders its answer; it must join the caller's transaction
   * @param refusal the answer for a client error thrown by the command; empty for anything else,
   *     which is not stored (a server error may succeed when retried)
   */
  public Uni<Answer> once(String scope, String key, String fingerprint, Supplier<Uni<Answer>> command,
      Function<Throwable, Optional<Answer>> refusal) {
    String scopeKey = scope + " " + key;
    return stored(scopeKey).chain(previous -> previous != null
        ? Uni.createFrom().item(replay(previous, key, fingerprint))
        : Panache.withTransaction(() -> command.get().call(answer -> remember(scopeKey, fingerprint, answer)))
            .onFailure(IdempotentCommands::isDuplicateKey).recoverWithUni(() -> replayStored(scopeKey, key, fingerprint))
            .onFailure(failure -> refusal.apply(failure).isPresent()).recoverWithUni(failure -> {
              var answer = refusal.apply(failure).orElseThrow();
              return Panache.withTransaction(() -> remember(scopeKey, fingerprint, answer)).replaceWith(answer)
                  .onFailure(IdempotentCommands::isDuplicateKey)
                  .recoverWithUni(() -> replayStored(scopeKey, key, fingerprint));
            }));
  }

  private Uni<IdempotentRequestEntity> stored(String scopeKey) {
    return Panache.withSession(() -> Panache.getSession()
        .chain(session -> session.find(IdempotentRequestEntity.class, scopeKey)));
  }

  private Uni<Answer> replayStored(String scopeKey, String key, String fingerprint) {
    return stored(scopeKey).map(previous -> replay(previous, key, fingerprint));
  }

  private static Answer replay(IdempotentRequestEntity previous, String key, String fingerprint) {
    if (!previous.fingerprint.equals(fingerprint)) {
      throw new KeyReused(key);
    }
    return new Answer(previous.status, previous.body, previous.entityTag);
  }

  private Uni<Void> remember(String scopeKey, String fingerprint, Answer answer) {
    var row = new IdempotentRequestEntity();
    row.scopeKey = scopeKey;
    row.fingerprint = fingerprint;
    row.status = answer.status();
    row.body = answer.body();
    row.entityTag = answer.entityTag();
    row.createdAt = Instant.now();
    return Panache.getSession().chain(session -> session.persist(row).call(session::flush)).replaceWithVoid();
  }

  private static boolean isDuplicateKey(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains("idempotent_request_pkey")) {
        return true;
      }
    }
    return false;
  }
}
