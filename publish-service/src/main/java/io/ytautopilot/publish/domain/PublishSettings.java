package io.ytautopilot.publish.domain;

import java.time.Instant;

/**
 * How the reviewer wants the video to go out.
 *
 * @param publishAt scheduled publish time; null for as soon as possible
 * @param privacyStatus private, unlisted or public
 * @param containsSyntheticMedia the altered or synthetic content disclosure
 */
public record PublishSettings(Instant publishAt, String privacyStatus, boolean madeForKids,
    boolean containsSyntheticMedia) {}
