// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The probes are an adapter of the core over the JDK: nothing else on their class path. */
class ArchitectureTest {
  private static final JavaClasses PROBES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.vouchers.probes");

  @Test
  void probesDependOnlyOnTheJdkSlf4jJSpecifyAndTheCore_D1() {
    classes().that().resideInAPackage("dev.vouchers.probes..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.vouchers.probes..", "dev.vouchers.core..", "java..", "javax.naming..",
            "org.slf4j..", "org.jspecify..")
        .check(PROBES);
  }
}
