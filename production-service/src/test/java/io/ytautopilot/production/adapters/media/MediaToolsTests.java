package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MediaToolsTests {

    @Test
    void installedToolsPassVerificationAndReportTheirVersions() {
        var versions = new MediaTools().verifyInstalled();

        assertThat(versions).containsOnlyKeys("ffmpeg", "ffprobe", "espeak-ng");
        assertThat(versions.get("ffmpeg")).startsWith("ffmpeg version");
        assertThat(versions.get("espeak-ng")).containsIgnoringCase("espeak");
    }

    @Test
    void aMissingBinaryIsNamedWithTheFix() {
        MediaTools tools = new MediaTools("ffmpeg-missing-xyz", "ffprobe", "espeak-ng");

        assertThatThrownBy(tools::verifyInstalled)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ffmpeg-missing-xyz' not found")
                .hasMessageContaining("apt-get install -y ffmpeg espeak-ng")
                .hasMessageNotContaining("'ffprobe'")
                .hasMessageNotContaining("'espeak-ng'");
    }

    @Test
    void everyMissingBinaryIsNamed() {
        MediaTools tools = new MediaTools("ffmpeg", "/nonexistent/ffprobe", "espeak-missing-xyz");

        assertThatThrownBy(tools::verifyInstalled)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/ffprobe")
                .hasMessageContaining("espeak-missing-xyz")
                .hasMessageContaining("apt-get install -y ffmpeg espeak-ng");
    }

    @Test
    void aBinaryThatFailsItsVersionCheckIsReported() {
        // 'false' exists but exits 1
        MediaTools tools = new MediaTools("ffmpeg", "false", "espeak-ng");

        assertThatThrownBy(tools::verifyInstalled)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'false -version' did not work")
                .hasMessageContaining("exited with code 1");
    }

    @Test
    void blankBinaryNamesAreRefused() {
        assertThatThrownBy(() -> new MediaTools(" ", "ffprobe", "espeak-ng"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ffmpeg");
    }
}
