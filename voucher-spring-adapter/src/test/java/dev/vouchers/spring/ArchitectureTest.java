// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The framework stays at the edge: the core and the JDBC adapter never see Spring. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.vouchers");

  @Test
  void the_core_and_the_jdbc_adapter_are_free_of_spring_micrometer_and_mail() {
    noClasses().that().resideInAnyPackage("dev.vouchers.core..", "dev.vouchers.jdbc..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
            "io.micrometer..", "jakarta.mail..")
        .check(CLASSES);
  }
}
