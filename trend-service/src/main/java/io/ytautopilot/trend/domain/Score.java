package io.ytautopilot.trend.domain;

/**
 * A trend's score and the parts it is made of.
 *
 * @param recency 0..1, halves every day since publication
 * @param velocity 0..1, engagement per hour against what counts as fast for the source's kind
 * @param nicheFit 0..1, how many of the workspace's niche keywords the story mentions
 * @param total 0..100, the weighted sum
 */
public record Score(double recency, double velocity, double nicheFit, double total) {}
