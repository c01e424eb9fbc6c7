package io.ytautopilot.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service follows (api, events, domain, persistence, adapters). A service
 * checks itself with {@code @ArchTest static final ArchTests layering = ArchTests.in(LayeringRules.class);}
 * in a class annotated {@code @AnalyzeClasses(packages = "io.ytautopilot.<service>")}.
 */
public final class LayeringRules {
  private LayeringRules() {}

  /** Business rules are plain Java: no framework, no transport, no storage, no event contracts. */
  @ArchTest
  public static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.smallrye..",
          "org.hibernate..", "io.vertx..", "org.apache.kafka..", "org.apache.avro..", "io.ytautopilot.events..",
          "com.fasterxml..", "org.eclipse.microprofile..",
          "io.ytautopilot..persistence..", "io.ytautopilot..api..", "io.ytautopilot..events..",
          "io.ytautopilot..adapters..")
      .allowEmptyShould(true);

  /** Only the events package talks to the messaging framework. */
  @ArchTest
  public static final ArchRule onlyEventsTouchesMessaging = noClasses().that().resideOutsideOfPackage("..events..")
      .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.microprofile.reactive.messaging..",
          "io.smallrye.reactive.messaging..")
      .allowEmptyShould(true);

  /** Storage and use cases know nothing of HTTP. */
  @ArchTest
  public static final ArchRule persistenceDoesNotServeHttp = noClasses().that().resideInAPackage("..persistence..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.ytautopilot..api..")
      .allowEmptyShould(true);

  /** Outside-system clients do not reach into the HTTP or event layers. */
  @ArchTest
  public static final ArchRule adaptersStayAtTheEdge = noClasses().that().resideInAPackage("..adapters..")
      // our own layers only: libraries have api packages too (e.g. io.smallrye.faulttolerance.api)
      .should().dependOnClassesThat().resideInAnyPackage("io.ytautopilot..api..", "io.ytautopilot..events..",
          "io.ytautopilot..persistence..")
      .allowEmptyShould(true);
}
