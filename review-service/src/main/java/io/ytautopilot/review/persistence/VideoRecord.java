package io.ytautopilot.review.persistence;

import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Video;
import java.util.List;

/** A video as the API shows it: the aggregate (with its stored version) and its history. */
public record VideoRecord(Video video, List<HistoryEntry> history) {}
