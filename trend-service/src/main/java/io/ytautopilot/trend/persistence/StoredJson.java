package io.ytautopilot.trend.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.WorkspaceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The JSON columns: domain records as Jackson writes them, so they read back equal. */
@ApplicationScoped
public class StoredJson {
  private static final TypeReference<List<TrendItem>> ITEMS = new TypeReference<>() {};

  private final ObjectMapper json;

  public StoredJson(ObjectMapper json) {
    this.json = json;
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  WorkspaceDefinition definition(String stored) {
    return read(stored, new TypeReference<>() {});
  }

  SourceSpec spec(String stored) {
    return read(stored, new TypeReference<>() {});
  }

  List<TrendItem> items(String stored) {
    return read(stored, ITEMS);
  }

  private <T> T read(String stored, TypeReference<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not read back as " + type.getType(), e);
    }
  }
}
