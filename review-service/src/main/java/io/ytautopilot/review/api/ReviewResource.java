package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.CurrentReviewer.ADMIN;
import static io.ytautopilot.review.api.CurrentReviewer.REVIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.review.api.CommandRequests.Cancellation;
import io.ytautopilot.review.api.CommandRequests.ChangeRequest;
import io.ytautopilot.review.api.CommandRequests.Regeneration;
import io.ytautopilot.review.api.CommandRequests.Rejection;
import io.ytautopilot.review.api.CommandRequests.Retry;
import io.ytautopilot.review.api.CommandRequests.Schedule;
import io.ytautopilot.review.api.CommandRequests.ScriptApproval;
import io.ytautopilot.review.api.CommandRequests.VideoApproval;
import io.ytautopilot.review.domain.AccessDenied;
import io.ytautopilot.review.domain.ApprovalSigner;
import io.ytautopilot.review.domain.Change;
import io.ytautopilot.review.domain.ComplianceOverride;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.PublishOptions;
import io.ytautopilot.review.domain.ReviewPolicy;
import io.ytautopilot.review.domain.Reviewer;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.ScriptDiff;
import io.ytautopilot.review.domain.ScriptEdits;
import io.ytautopilot.review.domain.Video;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.persistence.IdempotentCommands;
import io.ytautopilot.review.persistence.IdempotentCommands.Answer;
import io.ytautopilot.review.persistence.ReviewWorkflow;
import io.ytautopilot.review.persistence.ScriptRevision;
import io.ytautopilot.review.persistence.VideoRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * The reviewers' API: the queue, one video in full, and the commands at Gate 1, Gate 2 and after a
 * failure. Every command takes If-Match (the ETag of GET /videos/{id}) and an optional
 * Idempotency-Key; the acting reviewer is the token's subject.
 */
@Path("/videos")
@RolesAllowed({REVIEWER, ADMIN})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Bad input: field errors, malformed If-Match or Idempotency-Key")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a reviewer of the video's workspace")
@APIResponse(responseCode = "404", description = "No such video")
@APIResponse(responseCode = "409", description = "Commands: the video's state does not allow it, or it changed meanwhile")
@APIResponse(responseCode = "412", description = "Commands: If-Match names an older version")
@APIResponse(responseCode = "422", description = "Commands: Idempotency-Key already used for a different request")
public class ReviewResource {
  static final int MAX_KEY_LENGTH = 200;

  private final ReviewWorkflow workflow;
  private final IdempotentCommands idempotent;
  private final CurrentReviewer current;
  private final ObjectMapper json;
  private final ApprovalSigner signer;

  public ReviewResource(ReviewWorkflow workflow, IdempotentCommands idempotent, CurrentReviewer current,
      ObjectMapper json, ApprovalSigner signer) {
    this.workflow = workflow;
    this.idempotent = idempotent;
    this.current = current;
    this.json = json;
    this.signer = signer;
  }

  @GET
  @Operation(summary = "The review queue of the caller's workspaces, oldest first")
  public Uni<List<VideoSummary>> queue(
      @QueryParam("state") VideoState state,
      @QueryParam("workspace") String workspace,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return workflow.queue(current.get(), state, workspace, page, size)
        .map(videos -> videos.stream().map(VideoSummary::of).toList());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One video: script, visual plan, SEO, assets, approvals, publishing and history")
  public Uni<RestResponse<VideoDetails>> video(@PathParam("id") UUID id) {
    return workflow.find(id, current.get()).map(record -> {
      var details = VideoDetails.of(record);
      return ResponseBuilder.ok(details).tag(Versions.entityTag(details.version())).build();
    });
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "Every transition of the video: who, when, from, to, why, and the event behind it")
  public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
    return workflow.history(id, current.get());
  }

  @GET
  @Path("/{id}/revisions")
  @Operation(summary = "Every revision of the script that came to review (editorial's drafts, a reviewer's edits), oldest first")
  public Uni<List<ScriptRevision>> revisions(@PathParam("id") UUID id) {
    return workflow.revisions(id, current.get());
  }

  @GET
  @Path("/{id}/revisions/diff")
  @Operation(summary = "What changed between two script revisions, word by word and field by field; "
      + "by default between the previous and the current one")
  public Uni<ScriptDiff> revisionDiff(@PathParam("id") UUID id, @QueryParam("from") @Min(1) Integer from,
      @QueryParam("to") @Min(1) Integer to) {
    return workflow.revisions(id, current.get()).map(revisions -> {
      var newer = to != null ? revision(revisions, to) : revisions.get(revisions.size() - 1).script();
      var older = from != null ? revision(revisions, from)
          : revisions.stream().map(ScriptRevision::script).filter(script -> script.revision() < newer.revision())
              .reduce((first, second) -> second).orElse(newer);
      return ScriptDiff.between(older, newer);
    });
  }

  private static Script revision(List<ScriptRevision> revisions, int number) {
    return revisions.stream().map(ScriptRevision::script).filter(script -> script.revision() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the video has no script revision " + number));
  }

  @POST
  @Path("/{id}/gate1/approve")
  @Operation(summary = "Gate 1: approve the script, as drafted or with edits; generation may start")
  public Uni<Response> approveScript(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid ScriptApproval body) {
    var request = body != null ? body : new ScriptApproval(null, null, null, null, null, null);
    return run(id, "gate1/approve", ifMatch, key, request, (reviewer, at) -> (video, policy) -> video.approveScript(
        reviewer.decides(at, request.comment()), edits(request), policy, override(reviewer, request)));
  }

  /** An admin's reason to approve edits the compliance rules block; nobody else may give one. */
  private static ComplianceOverride override(Reviewer reviewer, ScriptApproval request) {
    if (request.overrideReason() == null) {
      return null;
    }
    if (!reviewer.admin()) {
      throw new AccessDenied("only an admin may override a compliance blocker");
    }
    return new ComplianceOverride(reviewer.name(), request.overrideReason());
  }

  @POST
  @Path("/{id}/gate1/request-changes")
  @Operation(summary = "Gate 1: send the script back to editorial with notes; a revision comes back to Gate 1")
  public Uni<Response> requestChanges(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid @NotNull ChangeRequest body) {
    return run(id, "gate1/request-changes", ifMatch, key, body,
        (reviewer, at) -> (video, policy) -> video.requestChanges(reviewer.decides(at, body.notes())));
  }

  @POST
  @Path("/{id}/gate1/reject")
  @Operation(summary = "Gate 1: reject the script for good")
  public Uni<Response> rejectScript(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Rejection body) {
    return run(id, "gate1/reject", ifMatch, key, body,
        (reviewer, at) -> (video, policy) -> video.rejectScript(reviewer.decides(at, body.reason())));
  }

  @POST
  @Path("/{id}/gate2/approve")
  @Operation(summary = "Gate 2: approve the rendered video for publishing, with how it goes public")
  public Uni<Response> approveVideo(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid VideoApproval body) {
    var request = body != null ? body : new VideoApproval(null, null, null, null, null);
    return run(id, "gate2/approve", ifMatch, key, request, (reviewer, at) -> (video, policy) -> video.approveVideo(
        reviewer.decides(at, request.comment()), publishOptions(request, at), policy, signer));
  }

  @POST
  @Path("/{id}/gate2/regenerate")
  @Operation(summary = "Gate 2: generate the named scenes again and keep the others")
  public Uni<Response> regenerate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Regeneration body) {
    return run(id, "gate2/regenerate", ifMatch, key, body, (reviewer, at) -> (video, policy) -> video.regenerateScenes(
        reviewer.decides(at, body.notes()), body.scenes()));
  }

  @POST
  @Path("/{id}/gate2/reject")
  @Operation(summary = "Gate 2: reject the rendered video for good")
  public Uni<Response> rejectVideo(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Rejection body) {
    return run(id, "gate2/reject", ifMatch, key, body,
        (reviewer, at) -> (video, policy) -> video.rejectVideo(reviewer.decides(at, body.reason())));
  }

  @POST
  @Path("/{id}/retry")
  @Operation(summary = "After GENERATION_FAILED or PUBLISH_FAILED: try the failed step again")
  public Uni<Response> retry(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid Retry body) {
    var request = body != null ? body : new Retry(null);
    return run(id, "retry", ifMatch, key, request,
        (reviewer, at) -> (video, policy) -> video.retry(reviewer.decides(at, request.comment()), signer));
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(summary = "Cancel the video: nothing more is generated or published for it")
  public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Cancellation body) {
    return run(id, "cancel", ifMatch, key, body,
        (reviewer, at) -> (video, policy) -> video.cancel(reviewer.name(), at, body.reason()));
  }

  @POST
  @Path("/{id}/schedule")
  @Operation(summary = "Set (or clear, with publishAt null) when the video goes public once approved")
  public Uni<Response> schedule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Idempotency-Key") String key, @Valid @NotNull Schedule body) {
    return run(id, "schedule", ifMatch, key, body,
        (reviewer, at) -> (video, policy) -> video.schedule(reviewer.name(), at, body.publishAt()));
  }

  /** A command bound to the acting reviewer and the time of the request. */
  @FunctionalInterface
  interface BoundCommand {
    BiFunction<Video, ReviewPolicy, Change> bind(Reviewer reviewer, Instant at);
  }

  private Uni<Response> run(UUID id, String command, String ifMatch, String key, Object body, BoundCommand action) {
    var reviewer = current.get();
    var expectedVersion = Versions.fromIfMatch(ifMatch);
    // micro-second times: what PostgreSQL and Avro keep, so a signature over them verifies later
    var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Supplier<Uni<Answer>> execute = () ->
        workflow.command(id, reviewer, expectedVersion, action.bind(reviewer, at)).map(this::answer);
    if (key == null) {
      return execute.get().map(ReviewResource::response);
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    return idempotent.once(reviewer.name(), key, fingerprint(command, id, ifMatch, body), execute,
        failure -> ErrorMappers.problem(failure).map(this::answer)).map(ReviewResource::response);
  }

  private Answer answer(VideoRecord record) {
    var details = VideoDetails.of(record);
    return new Answer(200, write(details), Long.toString(details.version()));
  }

  private Answer answer(Response refusal) {
    return new Answer(refusal.getStatus(), write(refusal.getEntity()), null);
  }

  private static Response response(Answer answer) {
    var response = Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON);
    if (answer.entityTag() != null) {
      response.tag(Versions.entityTag(Long.parseLong(answer.entityTag())));
    }
    return response.build();
  }

  /** Same command, video, precondition and body: the same request, whatever the JSON spacing was. */
  private String fingerprint(String command, UUID id, String ifMatch, Object body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      var text = command + '\n' + id + '\n' + (ifMatch == null ? "" : ifMatch.strip()) + '\n' + write(body);
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static ScriptEdits edits(ScriptApproval request) {
    List<Script.Scene> scenes = request.scenes() == null ? null : request.scenes().stream()
        .map(scene -> new Script.Scene(scene.index(), scene.narration(), scene.visualPrompt(),
            scene.onScreenText() == null ? "" : scene.onScreenText(), scene.durationSeconds()))
        .toList();
    return new ScriptEdits(request.title(), request.description(), request.tags(), scenes);
  }

  private static PublishOptions publishOptions(VideoApproval request, Instant at) {
    if (request.publishAt() != null && !request.publishAt().isAfter(at)) {
      throw new IllegalArgumentException("publishAt must be in the future, not " + request.publishAt());
    }
    var defaults = PublishOptions.defaults(request.publishAt());
    return new PublishOptions(request.publishAt(),
        request.privacyStatus() != null ? request.privacyStatus() : defaults.privacyStatus(),
        request.madeForKids() != null ? request.madeForKids() : defaults.madeForKids(),
        request.containsSyntheticMedia() != null ? request.containsSyntheticMedia() : defaults.containsSyntheticMedia());
  }
}
