// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The framework stays at the edge: the core and the JDBC adapter never see Spring. Adapters
 * never see each other: the core sees no adapter, the JDBC adapter sees neither Spring nor the
 * testkit nor the domain probes. The Spring adapter is the one place that wires the JDBC
 * adapter (through its public JdbcStorage, JdbcSchema, Dialect, Isolation and
 * OuterTransaction) to the core, as a composition root and not as a peer; the domain probes'
 * own ArchitectureTest keeps them to the JDK, slf4j, JSpecify and the core.
 */
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

  @Test
  void the_core_sees_no_adapter() {
    noClasses().that().resideInAPackage("dev.vouchers.core..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vouchers.jdbc..",
            "dev.vouchers.spring..", "dev.vouchers.testkit..", "dev.vouchers.probes..",
            "dev.vouchers.webhooks..")
        .check(CLASSES);
  }

  @Test
  void adapters_never_see_each_other_the_jdbc_adapter_sees_no_other_adapter() {
    noClasses().that().resideInAPackage("dev.vouchers.jdbc..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vouchers.spring..",
            "dev.vouchers.testkit..", "dev.vouchers.probes..", "dev.vouchers.webhooks..")
        .check(CLASSES);
  }

  @Test
  void the_spring_adapter_wires_only_public_types_of_the_jdbc_adapter_and_not_the_testkit() {
    noClasses().that().resideInAPackage("dev.vouchers.spring..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vouchers.testkit..")
        .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.vouchers.jdbc..")
            .and(DescribedPredicate.not(HasModifiers.Predicates.modifier(JavaModifier.PUBLIC))))
        .check(CLASSES);
  }
}
