// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.VoucherGenerators;
import dev.vouchers.testkit.model.LifecycleHarness;
import dev.vouchers.testkit.model.LifecycleModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Sequential;

/**
 * Model-based property test (V-1, V-2, V-4, V-5, V-6, V-8, S-2): generated scenarios drive
 * the real application services over the in-memory adapter; after every step the state read
 * back must equal the reference model's. The harness also checks the invariants: only V-1
 * moves, each history a valid path ending at the stored status, status counts adding up to
 * the number issued. QuickTheories shrinks a failure to a minimal scenario.
 */
class LifecycleModelCheckTest {
  private static final Instant START = Instant.parse("2026-01-15T09:30:00Z");

  @Test
  void servicesFollowTheReferenceModelStepByStep() {
    qt().withExamples(1_000)
        .withShrinkCycles(200)
        .forAll(VoucherGenerators.lifecycleScenarios(1, 40))
        .checkAssert(scenario -> Sequential.modelCheck(LifecycleModel.initial(START), scenario,
            model -> LifecycleHarness.inMemory(model.now()), LifecycleHarness::snapshot));
  }
}
