package io.ytautopilot.production.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's player and thumbnail read rendered files here; nothing else below the media dir leaks. */
@QuarkusTest
class MediaTests {
  private final UUID videoId = UUID.randomUUID();
  private final byte[] video = new byte[1000];

  @BeforeEach
  void renderedFiles() throws Exception {
    Path mediaDir = Path.of(ConfigProvider.getConfig().getValue("yt.media.dir", String.class));
    Path folder = Files.createDirectories(mediaDir.resolve(videoId.toString()));
    for (int i = 0; i < video.length; i++) {
      video[i] = (byte) i;
    }
    Files.write(folder.resolve(videoId + ".mp4"), video);
    Files.write(folder.resolve("thumbnail.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(folder.resolve("concat-video.txt"), "file 'scene-1.mp4'");
    Files.writeString(mediaDir.resolve("secret.png"), "not this video's");
  }

  @Test
  void servesTheVideoAndThumbnailWithTheirTypes() {
    byte[] body = given().get("/media/{id}/{file}", videoId, videoId + ".mp4")
        .then().statusCode(200).contentType("video/mp4").header("Accept-Ranges", "bytes")
        .extract().asByteArray();
    assertThat(body).isEqualTo(video);
    given().get("/media/{id}/thumbnail.png", videoId).then().statusCode(200).contentType("image/png");
  }

  @Test
  void servesByteRangesSoThePlayerCanSeek() {
    byte[] part = given().header("Range", "bytes=100-199").get("/media/{id}/{file}", videoId, videoId + ".mp4")
        .then().statusCode(206).contentType("video/mp4").header("Content-Range", "bytes 100-199/1000")
        .extract().asByteArray();
    assertThat(part).hasSize(100).startsWith(video[100], video[101]);
    given().header("Range", "bytes=-10").get("/media/{id}/{file}", videoId, videoId + ".mp4")
        .then().statusCode(206).header("Content-Range", "bytes 990-999/1000");
    given().header("Range", "bytes=5000-").get("/media/{id}/{file}", videoId, videoId + ".mp4")
        .then().statusCode(416).header("Content-Range", "bytes */1000");
  }

  @Test
  void refusesAnythingButTheVideosOwnMediaFiles() {
    given().urlEncodingEnabled(false).get("/media/" + videoId + "/..%2Fsecret.png").then().statusCode(404);
    given().urlEncodingEnabled(false).get("/media/" + videoId + "/%2e%2e%2Fsecret.png").then().statusCode(404);
    given().urlEncodingEnabled(false).get("/media/" + videoId + "/../secret.png").then().statusCode(404);
    given().get("/media/{id}/concat-video.txt", videoId).then().statusCode(404);
    given().get("/media/{id}/missing.mp4", videoId).then().statusCode(404);
    given().get("/media/not-a-video/thumbnail.png").then().statusCode(404);
  }
}
