package io.ytautopilot.publish.adapters.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.publish.domain.Approval;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.PublishOutcome;
import io.ytautopilot.publish.domain.PublishTarget;
import io.ytautopilot.publish.domain.Signed;
import io.ytautopilot.publish.domain.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes into a local folder, {@code <yt.export.dir>/<workspace>/<video>/}: byte-identical
 * copies of the video and its thumbnail, and {@code metadata.json} with what an uploader needs.
 * Exporting again overwrites the same files, so a repeated export still leaves one copy.
 */
@ApplicationScoped
public class FolderExport implements PublishTarget {
  public static final String NAME = "export";
  static final String METADATA = "metadata.json";

  private final Path root;
  private final ObjectMapper json;

  public FolderExport(@ConfigProperty(name = "yt.export.dir") Path root, ObjectMapper json) {
    this.root = root.toAbsolutePath().normalize();
    this.json = json;
  }

  /**
   * What metadata.json holds: the files by name, the texts and settings to publish with, who
   * approved what and when, and the signed statement itself, so that whoever takes the export can
   * verify it with review-service's public key.
   *
   * @param publishAt ISO-8601; null for as soon as possible
   */
  record Metadata(String videoId, String workspaceId, String title, String description, List<String> tags,
      String video, String thumbnail, String publishAt, String privacyStatus, boolean madeForKids,
      boolean containsSyntheticMedia, Approvals approvals) {}

  /** @param statement the signed payload, base64; {@code signature} is Ed25519 over it (docs/security.md) */
  record Approvals(int scriptRevision, int generation, Signoff scriptApproval, Signoff videoApproval,
      String videoSha256, String thumbnailSha256, String keyId, String statement, String signature) {
    static Approvals of(ApprovedVideo video) {
      Statement statement = video.statement();
      Signed signed = video.claim().statement();
      return new Approvals(statement.scriptRevision(), statement.generation(), Signoff.of(statement.scriptApproval()),
          Signoff.of(statement.videoApproval()), statement.videoSha256(), statement.thumbnailSha256(),
          signed.keyId(), Base64.getEncoder().encodeToString(signed.payload()),
          Base64.getEncoder().encodeToString(signed.signature()));
    }
  }

  /** @param issuer and {@code subject} identify the reviewer; {@code by} is their name */
  record Signoff(String by, String issuer, String subject, String at) {
    static Signoff of(Approval approval) {
      return new Signoff(approval.reviewer().name(), approval.reviewer().issuer(), approval.reviewer().subject(),
          approval.at().toString());
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PublishOutcome.Published publish(ApprovedVideo video) {
    Path folder = folderOf(video);
    try {
      Files.createDirectories(folder);
      Path videoCopy = copyInto(folder, video.video());
      Path thumbnailCopy = copyInto(folder, video.thumbnail());
      // written last, through a temporary file: once metadata.json is there, the export is complete
      var settings = video.settings();
      var metadata = new Metadata(video.videoId().toString(), video.workspaceId(), video.title(), video.description(),
          video.tags(), videoCopy.getFileName().toString(), thumbnailCopy.getFileName().toString(),
          Objects.toString(settings.publishAt(), null), settings.privacyStatus(), settings.madeForKids(),
          settings.containsSyntheticMedia(), Approvals.of(video));
      Path partial = folder.resolve(METADATA + ".tmp");
      json.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), metadata);
      Files.move(partial, folder.resolve(METADATA), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export video " + video.videoId() + " to " + folder, e);
    }
    return new PublishOutcome.Published(folder.toString(), null);
  }

  private Path folderOf(ApprovedVideo video) {
    Path workspace = root.resolve(video.workspaceId()).normalize();
    if (!root.equals(workspace.getParent())) {
      throw new IllegalArgumentException("workspace id '" + video.workspaceId() + "' is not a plain folder name");
    }
    return workspace.resolve(video.videoId().toString());
  }

  private static Path copyInto(Path folder, Path file) throws IOException {
    return Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }
}
