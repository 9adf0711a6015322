// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.webhooks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The webhooks are an adapter of the core over the JDK: nothing else on their class path. */
class ArchitectureTest {
  private static final JavaClasses WEBHOOKS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.vouchers.webhooks");

  @Test
  void webhooksDependOnlyOnTheJdkSlf4jJSpecifyAndTheCore_M5() {
    classes().that().resideInAPackage("dev.vouchers.webhooks..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.vouchers.webhooks..", "dev.vouchers.core..", "java..", "javax.crypto..",
            "org.slf4j..", "org.jspecify..")
        .check(WEBHOOKS);
  }
}
