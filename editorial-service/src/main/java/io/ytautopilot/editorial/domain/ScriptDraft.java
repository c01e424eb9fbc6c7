package io.ytautopilot.editorial.domain;

import java.time.Instant;
import java.util.UUID;

/** A drafted video: the trend it is about and the package written for it. */
public record ScriptDraft(UUID videoId, String workspaceId, UUID trendId, Instant createdAt, VideoPackage videoPackage) {}
