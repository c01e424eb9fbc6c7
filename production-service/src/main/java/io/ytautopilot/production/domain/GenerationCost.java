package io.ytautopilot.production.domain;

/** What one generation of a video cost, and how it ended (DONE or FAILED). */
public record GenerationCost(int generation, JobState outcome, Cost cost) {}
