package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.Set;

/**
 * How an approved video goes public, chosen at Gate 2.
 *
 * @param publishAt null: as soon as it is uploaded
 * @param containsSyntheticMedia the platform's altered or synthetic content disclosure
 */
public record PublishOptions(Instant publishAt, String privacyStatus, boolean madeForKids, boolean containsSyntheticMedia) {
  static final Set<String> PRIVACY = Set.of("private", "unlisted", "public");

  public PublishOptions {
    if (!PRIVACY.contains(privacyStatus)) {
      throw new IllegalArgumentException("privacyStatus must be one of " + PRIVACY + ", not " + privacyStatus);
    }
  }

  /** Generated media is disclosed as synthetic unless the reviewer says otherwise. */
  public static PublishOptions defaults(Instant publishAt) {
    return new PublishOptions(publishAt, "private", false, true);
  }
}
