package io.ytautopilot.publish.adapters.provenance;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys a provenance signature may be made with: the one review-service signs with now, and
 * retired ones that approvals still in flight were signed with before a rotation. Checked at
 * start-up ({@link Startup}), so that a missing or weak key stops the service instead of
 * failing (or passing) every approval later.
 */
@ApplicationScoped
@Startup
public class ProvenanceKeys {
  static final int MIN_KEY_BYTES = 32;

  private final Map<String, byte[]> byId;

  public ProvenanceKeys(
      @ConfigProperty(name = "yt.provenance.key-id") String keyId,
      @ConfigProperty(name = "yt.provenance.key") String key,
      @ConfigProperty(name = "yt.provenance.retired-keys") Optional<List<String>> retiredKeys) {
    this.byId = parse(keyId, key, retiredKeys.orElse(List.of()));
  }

  /** Signing keys by id; callers must not change the arrays. */
  public Map<String, byte[]> byId() {
    return byId;
  }

  /**
   * @param retired entries {@code id=base64}
   * @throws IllegalStateException naming the setting that is wrong
   */
  static Map<String, byte[]> parse(String keyId, String key, List<String> retired) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put(requireId(keyId, "yt.provenance.key-id"), decode(key, "yt.provenance.key"));
    for (int i = 0; i < retired.size(); i++) {
      String entry = retired.get(i);
      int separator = entry.indexOf('='); // base64 may end in '=', the id may not contain one
      if (separator < 0) { // no echo of the entry: it may be a bare key
        throw new IllegalStateException("yt.provenance.retired-keys: entry " + (i + 1) + " is not id=base64");
      }
      String id = requireId(entry.substring(0, separator).trim(), "yt.provenance.retired-keys");
      if (keys.containsKey(id)) {
        throw new IllegalStateException("yt.provenance.retired-keys: key id '" + id + "' is used twice");
      }
      keys.put(id, decode(entry.substring(separator + 1).trim(), "yt.provenance.retired-keys (" + id + ")"));
    }
    return Map.copyOf(keys);
  }

  private static String requireId(String id, String setting) {
    if (id == null || id.isBlank()) {
      throw new IllegalStateException(setting + ": the key id is blank");
    }
    return id;
  }

  private static byte[] decode(String base64, String setting) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " is not base64: " + e.getMessage());
    }
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalStateException(setting + " decodes to " + key.length + " bytes; a provenance key needs at least "
          + MIN_KEY_BYTES + " random bytes (e.g. openssl rand -base64 32)");
    }
    return key;
  }
}
