package io.ytautopilot.review.api;

import jakarta.ws.rs.core.EntityTag;

/** A video's version as an HTTP entity tag ("3") and back from an If-Match header. */
final class Versions {
  private Versions() {}

  static EntityTag entityTag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** No header means "whatever the current version is"; anything but one version number is refused. */
  static Long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long version = Long.parseLong(tag);
      if (version >= 0) {
        return version;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new IllegalArgumentException("If-Match must be the ETag of GET /videos/{id}, e.g. \"3\"; got " + ifMatch);
  }
}
