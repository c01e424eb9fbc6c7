package io.ytautopilot.review.persistence;

import io.ytautopilot.review.domain.Cost;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Progress;
import io.ytautopilot.review.domain.Video;
import java.util.List;
import java.util.Optional;

/**
 * A video as the API shows it: the aggregate (with its stored version), its history, the cost
 * estimate of its current script revision, once production priced it, and the latest progress of
 * its current generation, once production reported some.
 */
public record VideoRecord(Video video, List<HistoryEntry> history, Optional<Cost> costEstimate,
    Optional<Progress> progress) {}
