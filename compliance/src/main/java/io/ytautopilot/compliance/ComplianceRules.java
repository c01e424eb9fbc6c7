package io.ytautopilot.compliance;

import io.ytautopilot.compliance.ComplianceFinding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compliance rules of a script: words and topics the brand bans (blockers), claims a viewer
 * could ask a source for (warnings, with the words), and title habits YouTube punishes. editorial
 * runs them on every revision it writes, review on every revision a reviewer edits at Gate 1.
 */
public final class ComplianceRules {
  /** Longer titles are cut off in search results and on phones. */
  static final int VISIBLE_TITLE_LENGTH = 70;
  private static final Pattern STATISTIC = Pattern.compile(
      "\\b\\d[\\d,.]*\\s*(%|percent\\b|per cent\\b|times\\b|million\\b|billion\\b|thousand\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STUDIES = Pattern.compile(
      "\\b(studies|research|scientists|experts|doctors|science)\\s+(show|shows|say|says|prove|proves|found|agree)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPERLATIVE = Pattern.compile(
      "\\b(the\\s+(best|worst|biggest|largest|smallest|fastest|first|only|most\\s+\\w+)|of all time|"
          + "ever recorded|never before|guaranteed|proven)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLICKBAIT = Pattern.compile(
      "(?i:you won'?t believe|shocking|gone wrong|what happens next)|!!|\\?!|\\b[A-Z]{5,}\\b");

  private ComplianceRules() {}

  /**
   * @param bannedWords the brand's banned words and phrases, matched whole and case-blind
   * @param bannedTopics the brand's banned topics, matched in singular or plural
   */
  public static List<ComplianceFinding> review(List<String> bannedWords, List<String> bannedTopics,
      ScriptTexts script) {
    Map<String, String> texts = textsOf(script);
    List<ComplianceFinding> findings = new ArrayList<>();
    for (String banned : bannedWords) {
      Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(banned) + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      texts.forEach((location, text) -> {
        Matcher found = word.matcher(text);
        if (found.find()) {
          findings.add(new ComplianceFinding("banned-word", Severity.BLOCKER,
              "The brand bans the word \"" + banned + "\".", excerpt(text, found), location));
        }
      });
    }
    String subject = script.topic() + " " + script.title() + " " + script.description();
    for (String banned : bannedTopics) {
      if (Phrases.mentions(subject, banned)) {
        findings.add(new ComplianceFinding("banned-topic", Severity.BLOCKER,
            "The brand never covers \"" + banned + "\".", script.topic(), "topic"));
      }
    }
    texts.forEach((location, text) -> {
      claim(findings, STATISTIC, text, location, "A number or statistic needs a source the reviewer can check.");
      claim(findings, STUDIES, text, location, "An appeal to studies or experts needs the study named.");
      claim(findings, SUPERLATIVE, text, location, "A superlative or absolute claim needs a source.");
    });
    String title = script.title();
    if (title.length() > VISIBLE_TITLE_LENGTH) {
      findings.add(new ComplianceFinding("title-length", Severity.INFO, "The title has " + title.length()
          + " characters; past " + VISIBLE_TITLE_LENGTH + " it is cut off in search results.", title, "title"));
    }
    Matcher bait = CLICKBAIT.matcher(title);
    if (bait.find()) {
      findings.add(new ComplianceFinding("clickbait", Severity.WARNING,
          "Capitals, stacked punctuation or bait phrases in the title can be treated as misleading.",
          bait.group(), "title"));
    }
    return List.copyOf(findings);
  }

  private static void claim(List<ComplianceFinding> findings, Pattern pattern, String text, String location,
      String message) {
    Matcher found = pattern.matcher(text);
    if (found.find()) {
      findings.add(new ComplianceFinding("claim-needs-source", Severity.WARNING, message, excerpt(text, found),
          location));
    }
  }

  /** Every viewer-facing text of the script by where it is, in reading order. */
  private static Map<String, String> textsOf(ScriptTexts script) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", script.title());
    texts.put("hook", script.hook());
    for (ScriptTexts.Scene scene : script.scenes()) {
      texts.put("scene " + scene.index(), scene.narration() + " | " + scene.onScreenText());
    }
    texts.put("call to action", script.callToAction());
    texts.put("description", script.description());
    texts.put("tags", String.join(", ", script.tags()));
    return texts;
  }

  /** The sentence around the match, so the reviewer sees the claim in its context. */
  private static String excerpt(String text, Matcher found) {
    int previousEnd = Math.max(text.lastIndexOf(". ", found.start()), text.lastIndexOf("| ", found.start()));
    int start = previousEnd < 0 ? 0 : previousEnd + 2;
    int end = text.indexOf('.', found.end());
    String sentence = text.substring(start, end < 0 ? text.length() : end + 1).strip();
    return sentence.length() <= 200 ? sentence : sentence.substring(0, 199).strip() + "\u2026";
  }
}
