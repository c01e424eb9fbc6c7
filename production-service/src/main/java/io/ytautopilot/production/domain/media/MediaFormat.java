package io.ytautopilot.production.domain.media;

/**
 * The frame a video is rendered in. A workspace publishes shorts (9:16, portrait) or long videos
 * (16:9, landscape); the pixel sizes come from configuration.
 */
public record MediaFormat(Kind kind, int width, int height) {

  public enum Kind {
    /** 9:16 portrait. */
    SHORTS,
    /** 16:9 landscape. */
    LONG
  }

  public MediaFormat {
    if (kind == null) {
      throw new IllegalArgumentException("a media format names its kind (SHORTS or LONG)");
    }
    requireEven(width, "width");
    requireEven(height, "height");
    if (kind == Kind.SHORTS && width >= height || kind == Kind.LONG && width <= height) {
      throw new IllegalArgumentException(kind + " is " + (kind == Kind.SHORTS ? "portrait" : "landscape")
          + ", but " + width + "x" + height + " is not");
    }
  }

  private static void requireEven(int pixels, String name) {
    if (pixels < 16 || pixels > 7680 || pixels % 2 != 0) {
      throw new IllegalArgumentException(name + " must be an even number of pixels between 16 and 7680"
          + " (H.264 with yuv420p needs even sizes), was " + pixels);
    }
  }
}
