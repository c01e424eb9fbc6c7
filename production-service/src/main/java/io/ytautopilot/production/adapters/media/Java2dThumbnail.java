package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ThumbnailProvider;
import java.nio.file.Path;

/** Local thumbnail: the title drawn with Java2D, 1280x720 for long videos and 720x1280 for shorts. */
public final class Java2dThumbnail extends LocalProvider implements ThumbnailProvider {
  static final String STEP = "thumbnail";
  static final int LONG_SIDE = 1280;
  static final int SHORT_SIDE = 720;

  public Java2dThumbnail(String name, double usdPerImage) {
    super(name, usdPerImage);
  }

  @Override
  public Path draw(String title, MediaFormat format, Path outputDir) {
    return asProvider(() -> {
      Path dir = MediaCommands.prepare(outputDir, STEP, null);
      boolean portrait = format.kind() == MediaFormat.Kind.SHORTS;
      int width = portrait ? SHORT_SIDE : LONG_SIDE;
      int height = portrait ? LONG_SIDE : SHORT_SIDE;
      Path thumbnail = dir.resolve("thumbnail.png");
      MediaCommands.paint(STEP, null, thumbnail, () -> CardPainter.thumbnail(title, width, height));
      return thumbnail;
    });
  }
}
