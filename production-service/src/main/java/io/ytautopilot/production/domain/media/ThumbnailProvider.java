package io.ytautopilot.production.domain.media;

import java.nio.file.Path;

/** Makes the video's thumbnail image. Bills per image. */
public interface ThumbnailProvider extends Provider {

  /**
   * @return the image file written into {@code dir} (PNG or JPEG)
   * @throws ProviderFailure when it cannot
   */
  Path draw(String title, MediaFormat format, Path dir);
}
