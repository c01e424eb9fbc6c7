package io.ytautopilot.production.adapters.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/**
 * Where assets are kept ({@code yt.production.storage.*}). Without any of these keys the service keeps
 * them in {@code ${yt.media.dir}/assets}. An unknown kind stops the start, naming the key.
 */
@ConfigMapping(prefix = "yt.production.storage")
public interface StorageSettings {

  @WithDefault("filesystem")
  Kind kind();

  Filesystem filesystem();

  S3 s3();

  enum Kind { FILESYSTEM, S3 }

  interface Filesystem {
    @WithDefault("${yt.media.dir}/assets")
    String root();
  }

  /** Used only when the kind is s3; then the bucket and both keys are required. */
  interface S3 {
    /** Empty for AWS itself. */
    Optional<URI> endpoint();

    @WithDefault("us-east-1")
    String region();

    Optional<String> bucket();

    Optional<String> accessKey();

    Optional<String> secretKey();

    /** Most S3-compatible servers only understand {@code http://host/bucket/key}. */
    @WithDefault("true")
    boolean pathStyle();

    /** Off by default: a typo in the bucket name should stop the start, not create a second bucket. */
    @WithDefault("false")
    boolean createBucket();
  }
}
