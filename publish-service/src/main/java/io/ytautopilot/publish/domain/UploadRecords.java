package io.ytautopilot.publish.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Port: each upload step stored as soon as it happens, outside the publication's transactions, so
 * that a crash at any point resumes the upload or finds the uploaded video instead of uploading twice.
 */
public interface UploadRecords {

  Optional<UploadRecord> find(UUID videoId);

  void sessionOpened(UUID videoId, String workspaceId, String sessionUri);

  void sessionExpired(UUID videoId);

  void uploaded(UUID videoId, String workspaceId, String externalId);
}
