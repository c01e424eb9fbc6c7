package io.ytautopilot.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.ytautopilot.review", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTests {
  @ArchTest
  static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
          "org.hibernate..", "io.vertx..", "org.apache.kafka..", "org.apache.avro..", "io.ytautopilot.events..",
          "com.fasterxml..", "..persistence..", "..api..", "..events..", "..adapters..");

  @ArchTest
  static final ArchRule onlyEventsTouchesMessaging = noClasses().that().resideOutsideOfPackage("..events..")
      .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.microprofile.reactive.messaging..",
          "io.smallrye.reactive.messaging..");

  @ArchTest
  static final ArchRule persistenceDoesNotServeHttp = noClasses().that().resideInAPackage("..persistence..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..api..");
}
