// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.ResellerGenerators;
import dev.vouchers.testkit.model.ResellerHarness;
import dev.vouchers.testkit.model.ResellerModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Sequential;

/**
 * Model-based property test of the reseller programme: generated scenarios of
 * applications, decisions by every kind of actor, discount changes, links, transfers, unlinks
 * and clock moves drive the real application services over the in-memory adapter; after
 * every step the state read back (applications with their history and discounts, every
 * customer's links, and DiscountFor now and an hour ago) must equal the reference model's.
 * The harness also checks that each history is an R-1 path ending at the stored status and
 * that each reseller's console lists exactly its current customers. QuickTheories shrinks a
 * failure to a minimal scenario.
 */
class ResellerModelCheckTest {
  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  @Test
  void servicesFollowTheReferenceModelStepByStep_R1_R2() {
    qt().withExamples(1_000)
        .withShrinkCycles(200)
        .forAll(ResellerGenerators.resellerScenarios(1, 50))
        .checkAssert(scenario -> Sequential.modelCheck(ResellerModel.initial(START), scenario,
            model -> ResellerHarness.inMemory(model.now()), ResellerHarness::snapshot));
  }
}
