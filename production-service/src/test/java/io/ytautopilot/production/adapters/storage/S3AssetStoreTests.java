package io.ytautopilot.production.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.production.domain.media.AssetStore;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The contract against a real S3-compatible server (s3proxy, in this JVM), one fresh bucket per test. */
class S3AssetStoreTests extends AssetStoreContract {
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private static LocalS3Server server;

  private S3AssetStore store;
  private String bucket;

  @BeforeAll
  static void startServer() throws Exception {
    server = LocalS3Server.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void emptyBucket() {
    bucket = "assets-" + BUCKETS.incrementAndGet();
    store = new S3AssetStore(server.target(bucket));
    store.createBucket();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Override
  AssetStore store() {
    return store;
  }

  @Override
  List<String> storedKeys() {
    try (var client = rawClient()) {
      return client.listObjectsV2(request -> request.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }
  }

  @Test
  void anObjectCarriesItsContentTypeAndChecksumAndHasAnS3Uri() throws Exception {
    var asset = store.put(write("thumbnail.png", randomBytes(500, 20)), "image/png");

    assertThat(asset.uri()).isEqualTo(URI.create("s3://" + bucket + "/" + asset.key()));
    try (var client = rawClient()) {
      var head = client.headObject(request -> request.bucket(bucket).key(asset.key()));
      assertThat(head.contentType()).isEqualTo("image/png");
      assertThat(head.metadata()).containsEntry("sha256", asset.sha256());
    }
  }

  @Test
  void anUnreachableEndpointFailsNamingTheEndpointAndTheBucket() throws Exception {
    URI closedPort;
    try (var socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    var target = new S3AssetStore.Target(Optional.of(closedPort), "us-east-1", "unreachable-assets",
        LocalS3Server.ACCESS_KEY, LocalS3Server.SECRET_KEY, true);
    var file = write("scene.mp4", randomBytes(10, 21));

    try (var unreachable = new S3AssetStore(target)) {
      assertThatThrownBy(() -> unreachable.put(file, "video/mp4"))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(closedPort.toString())
          .hasMessageContaining("unreachable-assets");
    }
  }

  @Test
  void aMissingBucketFailsNamingIt() throws Exception {
    var file = write("scene.mp4", randomBytes(10, 22));

    try (var noBucket = new S3AssetStore(server.target("never-created"))) {
      assertThat(noBucket.bucketExists()).isFalse();
      assertThatThrownBy(() -> noBucket.put(file, "video/mp4"))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("never-created")
          .hasMessageContaining(server.endpoint().toString());
    }
  }

  /** A plain client of its own, so the test sees the bucket as any other S3 client would. */
  private static S3Client rawClient() {
    return S3Client.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LocalS3Server.ACCESS_KEY, LocalS3Server.SECRET_KEY)))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }
}
