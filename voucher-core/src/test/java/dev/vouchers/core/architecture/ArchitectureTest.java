// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of STYLE.md, said out loud so they fail when broken. */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.vouchers.core");
  }

  @Test
  void coreDependsOnlyOnTheJdkVavrSlf4jImmutablesAndJSpecify() {
    classes().that().resideInAPackage("dev.vouchers.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.vouchers.core..", "java..", "javax.crypto..", "io.vavr..", "org.slf4j..",
            "org.immutables..",
            "org.jspecify..")
        .check(core);
  }

  @Test
  void domainDependsOnlyOnItselfTheJdkAndValueLibraries() {
    classes().that().resideInAPackage("dev.vouchers.core.domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "dev.vouchers.core.domain..", "java..", "javax.crypto..", "io.vavr..",
            "org.immutables..",
            "org.jspecify..")
        .check(core);
  }

  @Test
  void domainSeesNeitherPortsNorApplication() {
    noClasses().that().resideInAPackage("dev.vouchers.core.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.vouchers.core.port..",
            "dev.vouchers.core.application..")
        .check(core);
  }

  @Test
  void portsDoNotSeeTheApplication() {
    noClasses().that().resideInAPackage("dev.vouchers.core.port..")
        .should().dependOnClassesThat().resideInAPackage("dev.vouchers.core.application..")
        .check(core);
  }

  @Test
  void domainDoesNoIoAndReadsNoClock() {
    noClasses().that().resideInAPackage("dev.vouchers.core.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net.http..",
            "java.nio.file..")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(core);
  }

  @Test
  void nothingInTheCoreReadsTheSystemClock() {
    noClasses().that().resideInAPackage("dev.vouchers.core..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemUTC")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(core);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.vouchers.core.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void useCasesAreInterfaces() {
    classes().that().resideInAPackage("dev.vouchers.core.port.in")
        .and().haveSimpleNameNotEndingWith("View").and().haveSimpleNameNotEndingWith("Details")
        .and().areTopLevelClasses().and().areNotRecords()
        .and().doNotHaveSimpleName("package-info")
        .should().beInterfaces()
        .check(core);
  }

  @Test
  void applicationServicesAreHiddenBehindTheProgramme() {
    classes().that().resideInAPackage("dev.vouchers.core.application")
        .and().haveSimpleNameEndingWith("Service")
        .should().notBePublic()
        .check(core);
  }
}
