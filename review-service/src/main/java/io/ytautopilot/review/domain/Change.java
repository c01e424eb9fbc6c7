package io.ytautopilot.review.domain;

/** What one transition did: the history entry to store and the event to emit with it. */
public record Change(HistoryEntry entry, Effect effect) {}
