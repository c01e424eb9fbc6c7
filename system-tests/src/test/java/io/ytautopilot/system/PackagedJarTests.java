package io.ytautopilot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system tests start only jars built from the sources of this checkout. */
class PackagedJarTests {
  private static final Instant BUILT = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path root;

  @Test
  void aJarBuiltAfterItsSourcesIsStarted() throws Exception {
    Path jar = checkout(BUILT.minusSeconds(60));
    assertThat(ServiceProcess.packagedJar(root, "review-service")).isEqualTo(jar);
  }

  @Test
  void aJarOlderThanTheServicesSourceIsRefused() throws Exception {
    checkout(BUILT.minusSeconds(60));
    touch(root.resolve("review-service/src/main/java/Review.java"), BUILT.plusSeconds(1));
    assertThatThrownBy(() -> ServiceProcess.packagedJar(root, "review-service"))
        .hasMessageContaining("is older than review-service/src/main/java/Review.java")
        .hasMessageContaining("earlier build");
  }

  @Test
  void aJarOlderThanTheSharedEventingCodeIsRefused() throws Exception {
    checkout(BUILT.minusSeconds(60));
    touch(root.resolve("eventing/src/main/resources/db/eventing/V9__new.sql"), BUILT.plusSeconds(1));
    assertThatThrownBy(() -> ServiceProcess.packagedJar(root, "review-service"))
        .hasMessageContaining("is older than eventing/src/main/resources/db/eventing/V9__new.sql");
  }

  @Test
  void aJarOlderThanTheSharedComplianceRulesIsRefused() throws Exception {
    checkout(BUILT.minusSeconds(60));
    touch(root.resolve("compliance/src/main/java/Rules.java"), BUILT.plusSeconds(1));
    assertThatThrownBy(() -> ServiceProcess.packagedJar(root, "review-service"))
        .hasMessageContaining("is older than compliance/src/main/java/Rules.java");
  }

  @Test
  void aMissingJarIsRefused() throws Exception {
    checkout(BUILT.minusSeconds(60));
    Files.delete(root.resolve("review-service/target/quarkus-app/quarkus-run.jar"));
    assertThatThrownBy(() -> ServiceProcess.packagedJar(root, "review-service")).hasMessageContaining("is missing");
  }

  /** Sources of the service and the modules it is built from, written at {@code sources}; its jar at BUILT. */
  private Path checkout(Instant sources) throws Exception {
    touch(root.resolve("pom.xml"), sources);
    for (String module : new String[] {"schemas", "eventing", "compliance", "review-service"}) {
      touch(root.resolve(module).resolve("pom.xml"), sources);
      touch(root.resolve(module).resolve("src/main/java/Main.java"), sources);
    }
    return touch(root.resolve("review-service/target/quarkus-app/quarkus-run.jar"), BUILT);
  }

  private static Path touch(Path file, Instant modified) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }
}
