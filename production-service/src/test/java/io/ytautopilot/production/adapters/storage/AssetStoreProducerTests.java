package io.ytautopilot.production.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store the service starts with, from the same configuration keys, without starting the service. */
class AssetStoreProducerTests {
  private static LocalS3Server server;

  @TempDir
  Path work;

  @BeforeAll
  static void startServer() throws Exception {
    server = LocalS3Server.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void withoutStorageKeysAssetsGoToTheMediaFolder() {
    var store = new StorageConfiguration().assetStore(settings(Map.of()));

    assertThat(store).isInstanceOf(FilesystemAssetStore.class);
    assertThat(((FilesystemAssetStore) store).root()).isEqualTo(work.resolve("media/assets"));
  }

  @Test
  void aFilesystemRootCanBeSet() {
    var store = new StorageConfiguration().assetStore(settings(Map.of(
        "yt.production.storage.kind", "filesystem",
        "yt.production.storage.filesystem.root", work.resolve("elsewhere").toString())));

    assertThat(((FilesystemAssetStore) store).root()).isEqualTo(work.resolve("elsewhere"));
  }

  @Test
  void anUnknownKindStopsTheStartNamingTheKey() {
    assertThatThrownBy(() -> settings(Map.of("yt.production.storage.kind", "ftp")))
        .hasMessageContaining("yt.production.storage.kind")
        .hasMessageContaining("ftp");
  }

  @Test
  void s3WithoutABucketStopsTheStartNamingTheKey() {
    var settings = settings(s3Keys(Map.of(), "yt.production.storage.s3.bucket"));

    assertThatThrownBy(() -> new StorageConfiguration().assetStore(settings))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("yt.production.storage.s3.bucket");
  }

  @Test
  void aMissingBucketStopsTheStartUnlessTheServiceMayCreateIt() throws Exception {
    var settings = settings(s3Keys(Map.of("yt.production.storage.s3.bucket", "not-there-yet")));

    assertThatThrownBy(() -> new StorageConfiguration().assetStore(settings))
        .hasMessageContaining("not-there-yet")
        .hasMessageContaining(server.endpoint().toString())
        .hasMessageContaining("yt.production.storage.s3.create-bucket=true");
  }

  @Test
  void theS3StoreCreatesItsBucketWhenAllowedAndStoresInIt() throws Exception {
    var settings = settings(s3Keys(Map.of(
        "yt.production.storage.s3.bucket", "created-at-start",
        "yt.production.storage.s3.create-bucket", "true")));
    var file = Files.write(work.resolve("scene.mp4"), new byte[] {1, 2, 3});

    try (var store = (S3AssetStore) new StorageConfiguration().assetStore(settings)) {
      var asset = store.put(file, "video/mp4");

      assertThat(store.bucketExists()).isTrue();
      assertThat(asset.uri().toString()).startsWith("s3://created-at-start/sha256/");
    }
  }

  /** The keys of the s3 kind against the local server, less the {@code omitted} ones. */
  private static Map<String, String> s3Keys(Map<String, String> more, String... omitted) {
    var keys = new HashMap<>(Map.of(
        "yt.production.storage.kind", "s3",
        "yt.production.storage.s3.endpoint", server.endpoint().toString(),
        "yt.production.storage.s3.bucket", "assets",
        "yt.production.storage.s3.access-key", LocalS3Server.ACCESS_KEY,
        "yt.production.storage.s3.secret-key", LocalS3Server.SECRET_KEY));
    keys.putAll(more);
    for (var key : omitted) {
      keys.remove(key);
    }
    return keys;
  }

  /** The settings as Quarkus would map them, with yt.media.dir as application.properties sets it. */
  private StorageSettings settings(Map<String, String> keys) {
    var properties = new HashMap<>(keys);
    properties.put("yt.media.dir", work.resolve("media").toString());
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withMapping(StorageSettings.class)
        .withSources(new PropertiesConfigSource(properties, "test", 100))
        .build()
        .getConfigMapping(StorageSettings.class);
  }
}
