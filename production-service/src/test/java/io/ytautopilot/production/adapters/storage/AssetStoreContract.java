package io.ytautopilot.production.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.production.domain.media.AssetStore;
import io.ytautopilot.production.domain.media.StoredAsset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link AssetStore} promises; each store's test class runs it against a real store. */
abstract class AssetStoreContract {
  private static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

  @TempDir
  Path work;

  /** A store with nothing in it, for one test. */
  abstract AssetStore store();

  /** Every key the store holds, to show what was (not) copied. */
  abstract List<String> storedKeys() throws IOException;

  @Test
  void storesACopyUnderTheChecksumOfItsBytes() throws Exception {
    var bytes = randomBytes(1000, 1);
    var file = write("scene-1.MP4", bytes);

    var asset = store().put(file, "video/mp4");

    var sha256 = sha256(bytes);
    assertThat(asset.sha256()).isEqualTo(sha256);
    assertThat(asset.key()).isEqualTo("sha256/" + sha256.substring(0, 2) + "/" + sha256 + ".mp4");
    assertThat(asset.sizeBytes()).isEqualTo(1000);
    assertThat(asset.contentType()).isEqualTo("video/mp4");
    assertThat(storedKeys()).containsExactly(asset.key());
    assertThat(file).exists();
  }

  @Test
  void keepsNoExtensionWhenTheFileHasNone() throws Exception {
    var asset = store().put(write("voice-over", randomBytes(10, 2)), "audio/wav");

    assertThat(asset.key()).endsWith("/" + asset.sha256());
    assertThat(store().find(asset.sha256())).contains(asset);
  }

  @Test
  void storingTheSameBytesAgainCopiesNothingAndReturnsTheSameAsset() throws Exception {
    var bytes = randomBytes(2000, 3);
    var first = store().put(write("first.png", bytes), "image/png");

    var again = store().put(write("again/thumbnail.jpeg", bytes), "image/jpeg");

    assertThat(again).isEqualTo(first);
    assertThat(storedKeys()).containsExactly(first.key());
  }

  @Test
  void differentBytesGetADifferentKey() throws Exception {
    var one = store().put(write("one.wav", randomBytes(100, 4)), "audio/wav");
    var other = store().put(write("other.wav", randomBytes(100, 5)), "audio/wav");

    assertThat(other.sha256()).isNotEqualTo(one.sha256());
    assertThat(storedKeys()).containsExactlyInAnyOrder(one.key(), other.key());
  }

  @Test
  void findsAnAssetByItsChecksumWhateverItsExtension() throws Exception {
    var asset = store().put(write("subtitles.srt", randomBytes(300, 6)), "application/x-subrip");

    assertThat(store().find(asset.sha256())).contains(asset);
    assertThat(store().find(asset.sha256().toUpperCase())).contains(asset);
    assertThat(store().find(sha256(new byte[] {1, 2, 3}))).isEmpty();
  }

  @Test
  void refusesToLookUpSomethingThatIsNoChecksum() {
    for (var notASha256 : new String[] {"", "abc", "../../etc/passwd", "g".repeat(64)}) {
      assertThatThrownBy(() -> store().find(notASha256))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a SHA-256");
    }
  }

  @Test
  void readsBackAFiveMegabyteFileByteForByte() throws Exception {
    var bytes = randomBytes(FIVE_MEGABYTES, 7);
    var asset = store().put(write("final.mp4", bytes), "video/mp4");

    try (var in = store().open(store().find(asset.sha256()).orElseThrow())) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    assertThat(asset.sizeBytes()).isEqualTo(FIVE_MEGABYTES);
  }

  @Test
  void refusesAMissingFileNamingIt() {
    var missing = work.resolve("not-rendered.mp4");

    assertThatThrownBy(() -> store().put(missing, "video/mp4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
    assertThatThrownBy(() -> store().put(work, "video/mp4")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store().put(null, "video/mp4")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAFileWithoutAContentType() throws Exception {
    var file = write("clip.mp4", randomBytes(10, 8));

    assertThatThrownBy(() -> store().put(file, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(storedKeys()).isEmpty();
  }

  @Test
  void openingAnAssetThatIsNotStoredFailsNamingItsKey() {
    var sha256 = sha256(new byte[] {42});
    var key = "sha256/" + sha256.substring(0, 2) + "/" + sha256 + ".mp4";
    var neverStored = new StoredAsset(sha256, key, URI.create("file:/nowhere"), 1, "video/mp4");

    assertThatThrownBy(() -> store().open(neverStored).close())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(key);
  }

  Path write(String name, byte[] bytes) throws IOException {
    var file = work.resolve("input").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static byte[] randomBytes(int size, long seed) {
    var bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
