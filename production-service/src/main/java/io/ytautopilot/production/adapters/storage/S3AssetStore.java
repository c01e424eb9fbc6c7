package io.ytautopilot.production.adapters.storage;

import io.ytautopilot.production.domain.media.StoredAsset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keeps assets in a bucket of an S3-compatible object store (AWS S3, MinIO, Ceph, s3proxy ...).
 * An object appears under its key whole or not at all (S3 puts are atomic), carries its content
 * type and an {@code x-amz-meta-sha256}, and is checked by the server against the file's MD5.
 * Every failure names the bucket, the key and the endpoint.
 */
public final class S3AssetStore extends ContentAddressedStore implements AutoCloseable {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Between two reads of one response, not for a whole download. */
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

  private final S3Client client;
  private final Target target;

  /**
   * Where the bucket is.
   *
   * @param endpoint empty for AWS itself; any S3-compatible server otherwise
   * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}, which most
   *     S3-compatible servers need
   */
  public record Target(Optional<URI> endpoint, String region, String bucket, String accessKey, String secretKey,
      boolean pathStyle) {

    String where() {
      return endpoint.map(URI::toString).orElse("AWS " + region);
    }

    @Override
    public String toString() {
      // never the credentials
      return "bucket " + bucket + " at " + where();
    }
  }

  public S3AssetStore(Target target) {
    this.target = target;
    var builder = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(READ_TIMEOUT))
        .region(Region.of(target.region()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(target.accessKey(), target.secretKey())))
        .forcePathStyle(target.pathStyle())
        // S3-compatible servers lag behind AWS's newer default (a trailing CRC on every request);
        // the Content-MD5 of each upload already guards its bytes
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    target.endpoint().ifPresent(builder::endpointOverride);
    this.client = builder.build();
  }

  public boolean bucketExists() {
    try {
      client.headBucket(request -> request.bucket(target.bucket()));
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw failure("cannot check", "", e);
    } catch (SdkException e) {
      throw failure("cannot check", "", e);
    }
  }

  public void createBucket() {
    try {
      client.createBucket(request -> request.bucket(target.bucket()));
    } catch (SdkException e) {
      throw failure("cannot create", "", e);
    }
  }

  @Override
  StoredAsset store(Path file, String type, FileDigest digest, String key) {
    try {
      // streamed from the file; the server refuses it if the bytes no longer match the MD5 taken above
      client.putObject(request -> request.bucket(target.bucket()).key(key)
              .contentType(type)
              .contentLength(digest.sizeBytes())
              .contentMD5(digest.md5Base64())
              .metadata(Map.of("sha256", digest.sha256())),
          RequestBody.fromFile(file));
    } catch (SdkException e) {
      throw failure("cannot store " + file.toAbsolutePath() + " as", key, e);
    }
    return new StoredAsset(digest.sha256(), key, uriOf(key), digest.sizeBytes(), type);
  }

  /** Lists the sha256's prefix, as its extension is not known, then reads the object's type with a HEAD. */
  @Override
  public Optional<StoredAsset> find(String sha256) {
    var sha = AssetKeys.requireSha256(sha256);
    var prefix = AssetKeys.folderOf(sha) + "/" + sha;
    try {
      var listing = client.listObjectsV2(request -> request.bucket(target.bucket()).prefix(prefix));
      var key = listing.contents().stream()
          .map(S3Object::key)
          .filter(candidate -> AssetKeys.isFileNameOf(candidate.substring(candidate.lastIndexOf('/') + 1), sha))
          .findFirst();
      if (key.isEmpty()) {
        return Optional.empty();
      }
      var head = client.headObject(request -> request.bucket(target.bucket()).key(key.get()));
      return Optional.of(new StoredAsset(sha, key.get(), uriOf(key.get()), head.contentLength(), head.contentType()));
    } catch (S3Exception e) {
      if (e.statusCode() == 404 && !"NoSuchBucket".equals(e.awsErrorDetails().errorCode())) {
        return Optional.empty(); // deleted between the listing and the HEAD
      }
      throw failure("cannot look up", prefix, e);
    } catch (SdkException e) {
      throw failure("cannot look up", prefix, e);
    }
  }

  @Override
  public InputStream open(StoredAsset asset) {
    try {
      return client.getObject(request -> request.bucket(target.bucket()).key(asset.key()));
    } catch (SdkException e) {
      throw failure("cannot open asset", asset.key(), e);
    }
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "S3 asset store, " + target;
  }

  private URI uriOf(String key) {
    return URI.create("s3://" + target.bucket() + "/" + key);
  }

  private UncheckedIOException failure(String what, String key, SdkException cause) {
    return new UncheckedIOException(what + " s3://" + target.bucket() + "/" + key + " at " + target.where() + ": "
        + cause.getMessage(), new IOException(cause));
  }
}
