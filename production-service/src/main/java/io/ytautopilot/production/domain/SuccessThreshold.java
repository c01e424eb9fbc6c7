package io.ytautopilot.production.domain;

/**
 * The share of a video's scenes that must be generated for it to go to Gate 2, the others filled
 * with marked placeholders; below it the generation fails. 0.8 by default: 8 of 10 pass, 7 fail.
 */
public record SuccessThreshold(double share) {
  public SuccessThreshold {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("the success threshold is a share of the scenes, above 0 and at most 1,"
          + " was " + share);
    }
  }

  public boolean isMetBy(int succeeded, int total) {
    // the epsilon keeps a product like 0.14 * 50 = 7.000000000000001 from asking for one scene more
    return succeeded >= Math.ceil(share * total - 1e-9);
  }

  /** How many scenes must succeed out of {@code total}. */
  public int required(int total) {
    return (int) Math.ceil(share * total - 1e-9);
  }
}
