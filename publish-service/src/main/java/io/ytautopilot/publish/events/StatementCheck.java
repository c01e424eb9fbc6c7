package io.ytautopilot.publish.events;

import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.publish.adapters.signing.TrustedKeys;
import io.ytautopilot.publish.domain.RetryAuthorisation;
import io.ytautopilot.publish.domain.SignatureCheck;
import io.ytautopilot.publish.domain.Signed;
import io.ytautopilot.publish.domain.Statement;
import io.ytautopilot.publish.domain.Unverified;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * Opens the contract's signed statements: the key must be trusted now (a retired key is refused
 * even for old statements), the Ed25519 signature must verify over the exact payload, and only
 * then is the payload decoded; it must have been issued inside the key's window.
 */
@ApplicationScoped
public class StatementCheck implements SignatureCheck {
  private final TrustedKeys keys;
  private final PublishEventMapper mapper;

  public StatementCheck(TrustedKeys keys, PublishEventMapper mapper) {
    this.keys = keys;
    this.mapper = mapper;
  }

  @Override
  public Statement statement(Signed signed) {
    return open(signed, PublicationStatement.class, PublicationStatement::getIssuedAt,
        statement -> mapper.toStatement(statement, signed.keyId()));
  }

  @Override
  public RetryAuthorisation retry(Signed signed) {
    return open(signed, PublishRetryAuthorisation.class, PublishRetryAuthorisation::getIssuedAt,
        mapper::toRetry);
  }

  @Override
  public String sha256(Signed signed) {
    return SignedStatements.sha256(PublishEventMapper.toSignedStatement(signed));
  }

  private <T extends SpecificRecord, R> R open(Signed signed, Class<T> type, Function<T, Instant> issuedAt,
      Function<T, R> toDomain) {
    String kind = type.getSimpleName();
    var key = keys.byId(signed.keyId())
        .orElseThrow(() -> new Unverified(kind + " signed with unknown key '" + signed.keyId() + "'"));
    Instant now = Instant.now();
    if (!key.validAt(now)) {
      throw new Unverified(kind + " signed with key '" + key.id() + "', which is not trusted now (" + key.window() + ")");
    }
    var avro = PublishEventMapper.toSignedStatement(signed);
    if (!SignedStatements.verifies(avro, type, key.key())) {
      throw new Unverified(kind + " signature does not verify with key '" + key.id() + "'");
    }
    T statement;
    try {
      statement = SignedStatements.read(avro, type);
    } catch (IllegalArgumentException e) {
      throw new Unverified(e.getMessage());
    }
    Instant issued = issuedAt.apply(statement);
    if (!key.validAt(issued)) {
      throw new Unverified(kind + " issued at " + issued + ", outside the window of key '" + key.id() + "' ("
          + key.window() + ")");
    }
    return toDomain.apply(statement);
  }
}
