package io.ytautopilot.review.domain;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What changed between two revisions of a script, word by word, field by field: title, hook,
 * call to action, description, tags, and each scene's narration, on-screen text and visual prompt. A scene only one
 * revision has is all inserted or all deleted.
 */
public record ScriptDiff(int from, int to, List<Field> fields) {

  public enum Op { EQUAL, INSERT, DELETE }

  /** A run of text the two revisions share, or that only the newer (INSERT) or older (DELETE) has. */
  public record Segment(Op op, String text) {}

  /** @param changed whether any segment is not EQUAL */
  public record Field(String name, boolean changed, List<Segment> segments) {}

  /**
   * Words and punctuation marks, each with the whitespace before it: the diff keeps the text's
   * spacing and line breaks, and the spaces between words never count as text both revisions share.
   */
  private static final Pattern TOKENS = Pattern.compile("\\s*\\w+|\\s*[^\\w\\s]|\\s+",
      Pattern.UNICODE_CHARACTER_CLASS);

  public static ScriptDiff between(Script older, Script newer) {
    var fields = new ArrayList<Field>();
    fields.add(field("title", older.title(), newer.title()));
    fields.add(field("hook", older.hook(), newer.hook()));
    fields.add(field("call to action", older.callToAction(), newer.callToAction()));
    fields.add(field("description", older.description(), newer.description()));
    fields.add(field("tags", String.join(", ", older.tags()), String.join(", ", newer.tags())));
    var olderScenes = byIndex(older);
    var newerScenes = byIndex(newer);
    Stream.concat(olderScenes.keySet().stream(), newerScenes.keySet().stream()).distinct().sorted().forEach(index -> {
      var before = olderScenes.get(index);
      var after = newerScenes.get(index);
      fields.add(sceneField(index, "narration", before, after, Script.Scene::narration));
      fields.add(sceneField(index, "on-screen text", before, after, Script.Scene::onScreenText));
      fields.add(sceneField(index, "visual prompt", before, after, Script.Scene::visualPrompt));
    });
    return new ScriptDiff(older.revision(), newer.revision(), List.copyOf(fields));
  }

  private static Map<Integer, Script.Scene> byIndex(Script script) {
    var scenes = new TreeMap<Integer, Script.Scene>();
    script.scenes().forEach(scene -> scenes.put(scene.index(), scene));
    return scenes;
  }

  private static Field sceneField(int index, String part, Script.Scene before, Script.Scene after,
      Function<Script.Scene, String> text) {
    return field("scene " + index + " " + part, before == null ? "" : text.apply(before),
        after == null ? "" : text.apply(after));
  }

  static Field field(String name, String older, String newer) {
    var before = tokens(older);
    var after = tokens(newer);
    var segments = new ArrayList<Segment>();
    int position = 0;
    for (var delta : DiffUtils.diff(before, after).getDeltas()) {
      var source = delta.getSource();
      add(segments, Op.EQUAL, before.subList(position, source.getPosition()));
      add(segments, Op.DELETE, source.getLines());
      add(segments, Op.INSERT, delta.getTarget().getLines());
      position = source.getPosition() + source.size();
    }
    add(segments, Op.EQUAL, before.subList(position, before.size()));
    return new Field(name, segments.stream().anyMatch(segment -> segment.op() != Op.EQUAL), List.copyOf(segments));
  }

  private static List<String> tokens(String text) {
    return TOKENS.matcher(Objects.requireNonNullElse(text, "")).results().map(match -> match.group()).toList();
  }

  /** Appends the tokens as one segment, joined to the last one when it has the same op. */
  private static void add(List<Segment> segments, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    var text = String.join("", tokens);
    var last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    if (last != null && last.op() == op) {
      segments.set(segments.size() - 1, new Segment(op, last.text() + text));
    } else {
      segments.add(new Segment(op, text));
    }
  }
}
