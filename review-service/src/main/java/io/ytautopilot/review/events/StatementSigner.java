package io.ytautopilot.review.events;

import io.ytautopilot.events.Identity;
import io.ytautopilot.events.PublicationStatement;
import io.ytautopilot.events.PublishRetryAuthorisation;
import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.events.signing.SignedStatements;
import io.ytautopilot.review.adapters.SigningKey;
import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.ApprovalSigner;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.PublishOptions;
import io.ytautopilot.review.domain.ReviewPolicy;
import io.ytautopilot.review.domain.Signed;
import io.ytautopilot.review.domain.Video;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Signs the contract's statements (PublicationStatement, PublishRetryAuthorisation) with review's key. */
@ApplicationScoped
public class StatementSigner implements ApprovalSigner {
  private final SigningKey key;

  public StatementSigner(SigningKey key) {
    this.key = key;
  }

  @Override
  public Signed publication(Video video, ReviewPolicy policy) {
    Approval gate1 = video.scriptApproval()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no Gate 1 approval"));
    Approval gate2 = video.videoApproval()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no Gate 2 approval"));
    Assets assets = video.assets()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no assets"));
    PublishOptions options = video.publishOptions()
        .orElseThrow(() -> new IllegalStateException("video " + video.id() + " has no publish options"));
    var statement = PublicationStatement.newBuilder()
        .setVideoId(video.id().toString())
        .setWorkspaceId(video.workspaceId())
        .setScriptRevision(video.approvedRevision())
        .setGeneration(assets.generation())
        .setScriptApprovedBy(identity(gate1))
        .setScriptApprovedAt(gate1.at())
        .setVideoApprovedBy(identity(gate2))
        .setVideoApprovedAt(gate2.at())
        .setTitle(video.script().title())
        .setDescription(video.script().description())
        .setTags(video.script().tags())
        .setPrivacyStatus(options.privacyStatus())
        .setPublishAt(options.publishAt())
        .setMadeForKids(options.madeForKids())
        .setContainsSyntheticMedia(options.containsSyntheticMedia())
        .setVideoSha256(assets.videoSha256())
        .setThumbnailSha256(assets.thumbnailSha256())
        .setAllowSelfReview(policy.allowSelfReview())
        .setIssuedAt(now())
        .build();
    return domain(SignedStatements.sign(statement, key.id(), key.key()));
  }

  @Override
  public Signed retry(Video video, Approval request) {
    Signed statement = video.publicationStatement().orElseThrow(() -> new IllegalStateException(
        "video " + video.id() + " has no signed Gate 2 statement to retry"));
    var retry = PublishRetryAuthorisation.newBuilder()
        .setVideoId(video.id().toString())
        .setWorkspaceId(video.workspaceId())
        .setPublishAttempt(video.publishAttempt())
        .setRetriedBy(identity(request))
        .setRetriedAt(request.at())
        .setStatementSha256(SignedStatements.sha256(avro(statement)))
        .setIssuedAt(now())
        .build();
    return domain(SignedStatements.sign(retry, key.id(), key.key()));
  }

  static SignedStatement avro(Signed signed) {
    return new SignedStatement(signed.keyId(), ByteBuffer.wrap(signed.payload()), ByteBuffer.wrap(signed.signature()));
  }

  private static Signed domain(SignedStatement signed) {
    return new Signed(signed.getKeyId(), SignedStatements.bytes(signed.getPayload()),
        SignedStatements.bytes(signed.getSignature()));
  }

  private static Identity identity(Approval approval) {
    return new Identity(approval.identity().issuer(), approval.identity().subject(), approval.reviewer());
  }

  /** Micro-seconds: what Avro keeps, so the statement reads back equal to what was signed. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
