package io.ytautopilot.production.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.production.domain.media.AssetStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilesystemAssetStoreTests extends AssetStoreContract {
  private FilesystemAssetStore store;

  @BeforeEach
  void emptyStore() {
    store = new FilesystemAssetStore(work.resolve("assets"));
  }

  @Override
  AssetStore store() {
    return store;
  }

  /** The files a reader could mistake for assets: everything but the hidden bookkeeping files. */
  @Override
  List<String> storedKeys() throws IOException {
    if (!Files.exists(store.root())) {
      return List.of();
    }
    try (var files = Files.walk(store.root())) {
      return files.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .map(file -> store.root().relativize(file).toString())
          .toList();
    }
  }

  @Test
  void anAssetIsAFileUnderItsKeyWithAFileUri() throws Exception {
    var asset = store.put(write("scene.mp4", randomBytes(64, 10)), "video/mp4");

    var file = store.root().resolve(asset.key());
    assertThat(asset.uri()).isEqualTo(file.toUri());
    assertThat(Path.of(asset.uri())).hasSameBinaryContentAs(work.resolve("input/scene.mp4"));
  }

  @Test
  void leavesNoTemporaryFileBehind() throws Exception {
    var asset = store.put(write("scene.mp4", randomBytes(64, 11)), "video/mp4");

    try (var files = Files.list(store.root().resolve(asset.key()).getParent())) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder(asset.sha256() + ".mp4", "." + asset.sha256() + ".content-type");
    }
  }

  @Test
  void aHalfWrittenFileLeftByACrashIsNotAnAsset() throws Exception {
    var sha256 = sha256(randomBytes(64, 12));
    var folder = Files.createDirectories(store.root().resolve("sha256/" + sha256.substring(0, 2)));
    Files.write(folder.resolve("." + sha256 + ".mp4.123456.part"), new byte[] {1, 2});

    assertThat(store.find(sha256)).isEmpty();
  }

  @Test
  void anAssetCopiedInByHandIsServedAsPlainBytes() throws Exception {
    var bytes = randomBytes(64, 13);
    var sha256 = sha256(bytes);
    var folder = Files.createDirectories(store.root().resolve("sha256/" + sha256.substring(0, 2)));
    Files.write(folder.resolve(sha256 + ".bin"), bytes);

    assertThat(store.find(sha256)).hasValueSatisfying(asset -> {
      assertThat(asset.contentType()).isEqualTo("application/octet-stream");
      assertThat(asset.sizeBytes()).isEqualTo(64);
    });
  }
}
