package io.ytautopilot.editorial.domain;

/**
 * One thing the compliance pre-review wants a Gate 1 reviewer to look at.
 *
 * @param rule e.g. banned-word, banned-topic, claim-needs-source, title-length, clickbait
 * @param excerpt the words of the package it is about
 * @param location where: title, description, hook, call to action, tags, scene 3
 */
public record ComplianceFinding(String rule, Severity severity, String message, String excerpt, String location) {
  public enum Severity {
    BLOCKER,
    WARNING,
    INFO
  }
}
