package io.ytautopilot.publish.adapters.youtube;

/** What each Data API call costs in quota units (developers.google.com/youtube/v3/determine_quota_cost). */
final class QuotaCosts {
  static final int VIDEOS_INSERT = 1600;
  static final int THUMBNAILS_SET = 50;
  static final int LIST = 1; // channels.list, playlistItems.list, videos.list
  /** Reserved before an upload starts: the upload and its thumbnail. */
  static final int UPLOAD = VIDEOS_INSERT + THUMBNAILS_SET;

  private QuotaCosts() {}
}
