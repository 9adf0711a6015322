// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vouchers.core.programme.application.VoucherProgramme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ADR 0061: every use case has one home. Each interface of a context's {@code port.in} is handed
 * out by exactly one accessor of that context's {@code <Context>UseCases}, and the programme
 * hands out every {@code <Context>UseCases} once (but messaging's, wired without it), and its
 * own context's use cases itself; so a use case added to a {@code port.in} without being wired,
 * or wired under another context, fails here.
 */
class UseCasesByContextTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.vouchers.core");
  }

  private static List<JavaClass> useCases() {
    return core.stream()
        .filter(c -> c.getPackageName().matches("dev\\.vouchers\\.core\\.[a-z]+\\.port\\.in"))
        .filter(c -> c.isInterface() && c.isTopLevelClass())
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getSimpleName().endsWith("UseCases"))
        .filter(c -> !c.getSimpleName().endsWith("View") && !c.getSimpleName().endsWith("Details"))
        .filter(c -> !c.reflect().isSealed()) // a value with its cases, such as VoucherRef
        .toList();
  }

  private static List<JavaClass> contextSets() {
    return core.stream().filter(c -> c.isInterface() && c.getSimpleName().endsWith("UseCases"))
        .toList();
  }

  @Test
  void everyUseCaseIsHandedOutOnceByItsOwnContext() {
    Map<String, List<String>> homes = new TreeMap<>();
    // the programme context's own use cases (E-1) are the programme's accessors
    for (JavaMethod accessor : core.get(VoucherProgramme.class).getMethods()) {
      JavaClass type = accessor.getRawReturnType();
      if (accessor.getModifiers().contains(JavaModifier.PUBLIC)
          && type.getPackageName().equals("dev.vouchers.core.programme.port.in")) {
        homes.computeIfAbsent(type.getName(), key -> new ArrayList<>()).add("VoucherProgramme");
      }
    }
    for (JavaClass set : contextSets()) {
      for (JavaMethod accessor : set.getMethods()) {
        JavaClass type = accessor.getRawReturnType();
        homes.computeIfAbsent(type.getName(), key -> new ArrayList<>())
            .add(set.getSimpleName() + (set.getPackageName().equals(type.getPackageName())
                ? "" : " (another context: " + set.getPackageName() + ")"));
      }
    }
    List<JavaClass> useCases = useCases();
    assertThat(useCases).hasSizeGreaterThanOrEqualTo(80);
    Map<String, List<String>> found = useCases.stream().collect(Collectors.toMap(
        JavaClass::getName, c -> homes.getOrDefault(c.getName(), List.of()), (a, b) -> a,
        TreeMap::new));
    assertThat(found).allSatisfy((useCase, where) -> assertThat(where).as(useCase)
        .hasSize(1).allSatisfy(home -> assertThat(home).doesNotContain("another context")));
    assertThat(homes.keySet()).as("every accessor hands out a use case of a port.in")
        .containsExactlyInAnyOrderElementsOf(found.keySet());
  }

  @Test
  void theProgrammeHandsOutEveryContextOnce() {
    List<String> handedOut = core.get(VoucherProgramme.class).getMethods().stream()
        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
        .map(m -> m.getRawReturnType())
        .filter(type -> type.getSimpleName().endsWith("UseCases"))
        .map(JavaClass::getName).toList();
    // the messaging context's are wired without the programme (messaging.application)
    assertThat(handedOut).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
        contextSets().stream().map(JavaClass::getName)
            .filter(name -> !name.contains(".messaging.")).toList());
    assertThat(handedOut).hasSize(7);
  }
}
