package io.ytautopilot.production.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.production.domain.media.MediaFormat.Kind;
import org.junit.jupiter.api.Test;

class MediaFormatTests {

  @Test
  void shortsArePortraitAndLongVideosLandscape() {
    assertThat(new MediaFormat(Kind.SHORTS, 1080, 1920).kind()).isEqualTo(Kind.SHORTS);
    assertThat(new MediaFormat(Kind.LONG, 1920, 1080).kind()).isEqualTo(Kind.LONG);
  }

  @Test
  void shortsInLandscapeAreRejected() {
    assertThatThrownBy(() -> new MediaFormat(Kind.SHORTS, 1920, 1080)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SHORTS is portrait, but 1920x1080 is not");
  }

  @Test
  void aLongVideoInPortraitIsRejected() {
    assertThatThrownBy(() -> new MediaFormat(Kind.LONG, 1080, 1920)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LONG is landscape, but 1080x1920 is not");
  }

  @Test
  void aSquareFrameIsNeitherShortsNorLong() {
    assertThatThrownBy(() -> new MediaFormat(Kind.SHORTS, 1080, 1080)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MediaFormat(Kind.LONG, 1080, 1080)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oddOrOutOfRangeSizesAreRejectedNamingTheSide() {
    assertThatThrownBy(() -> new MediaFormat(Kind.LONG, 1281, 720)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("width").hasMessageContaining("even").hasMessageContaining("was 1281");
    assertThatThrownBy(() -> new MediaFormat(Kind.SHORTS, 720, 1279)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("height").hasMessageContaining("was 1279");
    assertThatThrownBy(() -> new MediaFormat(Kind.LONG, 14, 8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 14");
    assertThatThrownBy(() -> new MediaFormat(Kind.LONG, 7682, 4320)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 7682");
  }

  @Test
  void theSmallestAndLargestEvenSizesAreAllowed() {
    assertThat(new MediaFormat(Kind.SHORTS, 16, 7680).height()).isEqualTo(7680);
  }

  @Test
  void aFormatNamesItsKind() {
    assertThatThrownBy(() -> new MediaFormat(null, 1920, 1080)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHORTS or LONG");
  }
}
