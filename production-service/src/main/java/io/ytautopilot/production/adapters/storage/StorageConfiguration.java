package io.ytautopilot.production.adapters.storage;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.ytautopilot.production.domain.media.AssetStore;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/** Picks the asset store named by {@code yt.production.storage.kind} and checks at start-up that it can be used. */
@Singleton
public class StorageConfiguration {
  private static final String S3_KEYS = "yt.production.storage.s3.";

  @Produces
  @Singleton
  AssetStore assetStore(StorageSettings settings) {
    return switch (settings.kind()) {
      case FILESYSTEM -> new FilesystemAssetStore(Path.of(settings.filesystem().root()));
      case S3 -> s3Store(settings.s3());
    };
  }

  void closeAssetStore(@Disposes AssetStore store) {
    if (store instanceof S3AssetStore s3) {
      s3.close();
    }
  }

  /** Creating the store here makes a missing bucket or bad key stop the start, not the first render. */
  void announce(@Observes StartupEvent startup, AssetStore store) {
    Log.infof("assets are kept by the %s", store);
  }

  private static S3AssetStore s3Store(StorageSettings.S3 s3) {
    var target = new S3AssetStore.Target(s3.endpoint(), s3.region(), required(s3.bucket(), "bucket"),
        required(s3.accessKey(), "access-key"), required(s3.secretKey(), "secret-key"), s3.pathStyle());
    var store = new S3AssetStore(target);
    try {
      if (!store.bucketExists()) {
        if (!s3.createBucket()) {
          throw new IllegalStateException("there is no " + target + "; create it, or set "
              + S3_KEYS + "create-bucket=true to let the service create it");
        }
        store.createBucket();
        Log.infof("created the %s", target);
      }
      return store;
    } catch (RuntimeException e) {
      store.close(); // the start fails: do not leave the client's connections behind
      throw e;
    }
  }

  private static String required(Optional<String> value, String key) {
    return value.filter(text -> !text.isBlank()).orElseThrow(() -> new IllegalStateException(
        S3_KEYS + key + " is required when yt.production.storage.kind=s3"));
  }
}
