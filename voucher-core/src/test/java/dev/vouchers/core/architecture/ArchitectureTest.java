// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.vouchers.core.architecture.sample.kernel.SampleKernelValue;
import dev.vouchers.core.architecture.sample.ordering.domain.SampleOrderValue;
import dev.vouchers.core.architecture.sample.voucher.application.SampleVoucherService;
import dev.vouchers.core.architecture.sample.voucher.domain.SampleVoucherValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of STYLE.md, said out loud so they fail when broken: the core by business
 * context (an allow-list of which context may use which, no cycles, a kernel that uses no
 * context), and inside each context its rooms ({@code domain} sees neither ports nor
 * application; ports do not see the application).
 */
class ArchitectureTest {
  private static final String CORE = "dev.vouchers.core";

  /**
   * Which context may use which, besides itself and the shared kernel (docs/architecture.md
   * draws it). The kernel uses no context. {@code programme} wires every context's use cases
   * through the {@code Wired<Context>} record of that context's {@code application} (handed
   * out as its {@code <Context>UseCases}, ADR 0061, ADR 0068) and offers the relays of
   * {@code messaging} their links through {@code messaging.port.out.MessageLinks}, one per kind
   * of e-mail: a relay does not depend on the programme.
   */
  static final Map<String, Set<String>> ALLOWED = allowed();

  private static Map<String, Set<String>> allowed() {
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put("kernel", Set.of());
    allowed.put("catalog", Set.of());
    allowed.put("partner", Set.of("catalog"));
    allowed.put("voucher", Set.of("catalog"));
    allowed.put("ordering", Set.of("catalog", "partner", "voucher"));
    // ADR 0068: invitations, reseller applications and subscriptions are what a partner may do
    allowed.put("reseller", Set.of("partner"));
    allowed.put("subscription", Set.of("partner"));
    allowed.put("subaccount", Set.of("partner"));
    allowed.put("programme", Set.of("catalog", "partner", "voucher", "ordering", "reseller",
        "subscription", "subaccount", "messaging"));
    // M-5: the events describe the changes of every context (messaging.domain.ChangeEvents)
    allowed.put("messaging", Set.of("voucher", "subaccount", "reseller", "subscription"));
    return allowed;
  }

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(CORE);
  }

  /** The rules of the contexts and their rooms, for the contexts under {@code root}. */
  static List<ArchRule> contextRules(String root, Map<String, Set<String>> allowed) {
    List<ArchRule> rules = new ArrayList<>();
    for (var context : allowed.entrySet()) {
      String name = context.getKey();
      List<String> forbidden = new ArrayList<>();
      for (String other : allowed.keySet()) {
        if (!other.equals(name) && !other.equals("kernel")
            && !context.getValue().contains(other)) {
          forbidden.add(root + "." + other + "..");
        }
      }
      if (name.equals("kernel")) {
        forbidden.clear();
        allowed.keySet().stream().filter(other -> !other.equals("kernel"))
            .forEach(other -> forbidden.add(root + "." + other + ".."));
      }
      if (!forbidden.isEmpty()) {
        rules.add(noClasses().that().resideInAPackage(root + "." + name + "..")
            .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
            .as(name + " uses only " + (name.equals("kernel") ? "no context"
                : "the kernel" + (context.getValue().isEmpty() ? "" : " and "
                    + String.join(", ", context.getValue().stream().sorted().toList()))))
            .because("docs/architecture.md: the allow-list of contexts"));
      }
      if (!name.equals("kernel")) {
        List<String> domains = new ArrayList<>(List.of(root + "." + name + ".domain..",
            root + ".kernel..", "java..", "javax.crypto..", "io.vavr..", "org.immutables..",
            "org.jspecify.."));
        context.getValue().forEach(other -> domains.add(root + "." + other + ".domain.."));
        rules.add(classes().that().resideInAPackage(root + "." + name + ".domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(domains.toArray(String[]::new))
            .allowEmptyShould(true)
            .as("the domain of " + name + " sees only domains it may use, the kernel, the JDK"
                + " and value libraries"));
      }
    }
    rules.add(classes().that().resideInAPackage(root + ".kernel..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".kernel..", "java..",
            "javax.crypto..", "io.vavr..", "org.immutables..", "org.jspecify..")
        .allowEmptyShould(true)
        .as("the kernel sees only itself, the JDK and value libraries"));
    rules.add(noClasses().that().resideInAnyPackage(root + ".*.domain..", root + ".kernel..")
        .should().dependOnClassesThat().resideInAnyPackage(root + ".*.port..",
            root + ".*.application..")
        .allowEmptyShould(true)
        .as("a domain sees neither ports nor application"));
    rules.add(noClasses().that().resideInAPackage(root + ".*.port..")
        .should().dependOnClassesThat().resideInAPackage(root + ".*.application..")
        .allowEmptyShould(true)
        .as("ports do not see the application"));
    rules.add(slices().matching(root + ".(*)..").should().beFreeOfCycles()
        .as("no cycles between contexts"));
    return rules;
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
  void everyPackageOfTheCoreBelongsToAContextOfTheAllowList() {
    Set<String> contexts = new HashSet<>();
    core.forEach(c -> contexts.add(c.getPackageName().substring(CORE.length() + 1)
        .split("\\.")[0]));
    assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(contexts);
  }

  @Test
  void contextsUseOnlyWhatTheAllowListSaysAndTheirRoomsKeepTheirOrder() {
    contextRules(CORE, ALLOWED).forEach(rule -> rule.check(core));
  }

  @Test
  void theAllowListHasNoCycleAndTheKernelUsesNoContext() {
    assertThat(ALLOWED.get("kernel")).isEmpty();
    assertThat(ALLOWED.values().stream().mapToInt(Set::size).sum())
        .as("a non-trivial allow-list").isGreaterThan(5);
    for (String context : ALLOWED.keySet()) {
      assertThat(reachable(context)).as(context + " reaches itself").doesNotContain(context);
      assertThat(ALLOWED.get(context)).as(context).isSubsetOf(ALLOWED.keySet());
    }
    assertThat(ALLOWED.get("voucher")).doesNotContain("ordering");
  }

  private static Set<String> reachable(String from) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(ALLOWED.get(from));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(ALLOWED.get(next));
      }
    }
    return seen;
  }

  @Test
  void theRulesRejectAKernelThatUsesAContext() {
    String root = "dev.vouchers.core.architecture.sample";
    JavaClasses sample = new ClassFileImporter()
        .importClasses(SampleKernelValue.class, SampleVoucherValue.class);
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    allowed.put("kernel", Set.of());
    allowed.put("voucher", Set.of());
    List<String> broken = new ArrayList<>();
    for (ArchRule rule : contextRules(root, allowed)) {
      try {
        rule.check(sample);
      } catch (AssertionError e) {
        broken.add(rule.getDescription());
      }
    }
    assertThat(broken).containsExactlyInAnyOrder(
        "kernel uses only no context, because docs/architecture.md: the allow-list of contexts",
        "the kernel sees only itself, the JDK and value libraries");
    assertThatThrownBy(() -> contextRules(root, allowed).forEach(rule -> rule.check(sample)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("SampleKernelValue");
  }

  @Test
  void domainDoesNoIoAndReadsNoClock() {
    noClasses().that().resideInAnyPackage("dev.vouchers.core.*.domain..",
            "dev.vouchers.core.kernel..")
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
    classes().that().resideInAPackage("dev.vouchers.core.*.port.in")
        .and().haveSimpleNameNotEndingWith("View").and().haveSimpleNameNotEndingWith("Details")
        .and().areTopLevelClasses().and().areNotRecords()
        .and().doNotHaveSimpleName("package-info")
        .should().beInterfaces()
        .check(core);
  }

  @Test
  void applicationServicesAreHiddenBehindTheProgramme() {
    classes().that().resideInAPackage("dev.vouchers.core.*.application")
        .and().haveSimpleNameEndingWith("Service")
        .should().notBePublic()
        .check(core);
  }

  /**
   * ADR 0068: each context's services live in its own {@code application} and are wired by the
   * programme alone, through one public {@code Wired<Context>} record: no other context and no
   * port reaches into another context's application, and its services stay package-private
   * (the record may nest public records of what its factory takes).
   * Not {@code messaging}, whose application is the relays and sweeps an embedder runs itself.
   */
  static List<ArchRule> applicationRules(String root, Set<String> contexts) {
    List<ArchRule> rules = new ArrayList<>();
    for (String context : contexts) {
      if (context.equals("programme") || context.equals("kernel")) {
        continue;
      }
      rules.add(noClasses().that().resideOutsideOfPackages(root + "." + context + ".application",
              root + ".programme.application")
          .should().dependOnClassesThat().resideInAPackage(root + "." + context + ".application")
          .allowEmptyShould(true)
          .as("the application of " + context + " is used only by itself and the programme"));
    }
    rules.add(classes().that().resideInAPackage(root + ".*.application")
        .and().resideOutsideOfPackages(root + ".programme.application",
            root + ".messaging.application")
        .and().areTopLevelClasses().and().arePublic()
        .should().haveSimpleNameStartingWith("Wired").andShould().beRecords()
        .allowEmptyShould(true)
        .as("a context's application shows only its Wired record"));
    return rules;
  }

  @Test
  void eachContextsApplicationIsWiredByTheProgrammeAlone() {
    applicationRules(CORE, ALLOWED.keySet()).forEach(rule -> rule.check(core));
  }

  @Test
  void theApplicationRulesRejectAReachIntoAnotherContextsServices() {
    String root = "dev.vouchers.core.architecture.sample";
    JavaClasses sample = new ClassFileImporter()
        .importClasses(SampleVoucherService.class, SampleOrderValue.class);
    List<String> broken = new ArrayList<>();
    for (ArchRule rule : applicationRules(root, Set.of("kernel", "voucher", "ordering"))) {
      try {
        rule.check(sample);
      } catch (AssertionError e) {
        broken.add(rule.getDescription());
      }
    }
    assertThat(broken).containsExactlyInAnyOrder(
        "the application of voucher is used only by itself and the programme",
        "a context's application shows only its Wired record");
  }
}
