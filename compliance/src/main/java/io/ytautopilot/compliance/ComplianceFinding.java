package io.ytautopilot.compliance;

/**
 * One thing the compliance rules want a Gate 1 reviewer to look at.
 *
 * @param rule e.g. banned-word, banned-topic, claim-needs-source, title-length, clickbait
 * @param excerpt the words of the script it is about
 * @param location where: title, description, hook, call to action, tags, scene 3
 */
public record ComplianceFinding(String rule, Severity severity, String message, String excerpt, String location) {
  public enum Severity {
    /** The brand forbids it: Gate 1 does not approve an edit that adds one without an admin's override. */
    BLOCKER,
    WARNING,
    INFO
  }
}
