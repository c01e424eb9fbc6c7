package io.ytautopilot.editorial;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.ytautopilot.testsupport.LayeringRules;

@AnalyzeClasses(packages = "io.ytautopilot.editorial", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTests {
  @ArchTest
  static final ArchTests layering = ArchTests.in(LayeringRules.class);
}
