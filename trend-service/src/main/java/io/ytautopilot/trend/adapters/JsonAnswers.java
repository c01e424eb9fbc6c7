package io.ytautopilot.trend.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.trend.domain.SourceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/** Reads the JSON APIs' answers: an answer that is not JSON, or lacks the expected list, fails the source. */
@ApplicationScoped
class JsonAnswers {
  private final HttpGet http;
  private final ObjectMapper json;

  JsonAnswers(HttpGet http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  /** The array at {@code pointer} (e.g. /hits) of the answer to a GET of {@code uri}. */
  Iterable<JsonNode> list(URI uri, String pointer) {
    JsonNode answer;
    try {
      answer = json.readTree(http.get(uri, "application/json"));
    } catch (IOException e) {
      throw new SourceFailure("malformed answer from " + uri + ": not JSON (" + e.getMessage() + ")", e);
    }
    JsonNode list = answer == null ? null : answer.at(pointer);
    if (list == null || !list.isArray()) {
      throw new SourceFailure("malformed answer from " + uri + ": no list at " + pointer);
    }
    return list;
  }

  /**
   * Maps each node; a node the mapping rejects (null, or a missing title or bad date) is dropped, not
   * the whole answer.
   */
  static <T> List<T> each(Iterable<JsonNode> nodes, Function<JsonNode, T> item) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(node -> {
          try {
            return item.apply(node);
          } catch (RuntimeException unusable) {
            return null;
          }
        })
        .filter(Objects::nonNull)
        .toList();
  }
}
