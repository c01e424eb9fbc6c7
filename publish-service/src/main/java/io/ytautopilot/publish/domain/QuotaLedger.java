package io.ytautopilot.publish.domain;

/** Port: the API units each workspace spent per quota day ({@link QuotaDay}). */
public interface QuotaLedger {

  /**
   * Books units for calls about to be made, unless they would take the day past the limit.
   *
   * @return false when booking them would pass {@code dailyLimit}; nothing is booked then
   */
  boolean reserve(String workspaceId, int units, int dailyLimit);

  /** Books units for calls already made (or too small to hold anything for), whatever the limit. */
  void spend(String workspaceId, int units);

  /** Units booked so far on the current quota day. */
  int spentToday(String workspaceId);
}
