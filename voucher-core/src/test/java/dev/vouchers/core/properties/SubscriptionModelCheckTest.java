// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.SubscriptionGenerators;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Sequential;

/**
 * Model-based property test of the subscription state machine (U-1..U-5): generated scenarios
 * of purchases, activations, licence changes, cancellations, auto-renew switches, suspensions
 * and clock moves (windows closing, terms ending, years skipped) drive the real services over
 * the in-memory adapter; after every step the state read back must equal the reference
 * model's, and every history must be a path from the purchase to the status seen. QuickTheories
 * shrinks a failure to a minimal scenario.
 */
class SubscriptionModelCheckTest {
  /** The last day of a month, so that monthly terms meet short months. */
  private static final Instant START = Instant.parse("2026-01-31T22:45:00Z");

  @Test
  void servicesFollowTheReferenceModelStepByStep_U2_U3_U4_U5() {
    qt().withExamples(1_000)
        .withShrinkCycles(200)
        .forAll(SubscriptionGenerators.subscriptionScenarios(1, 40))
        .checkAssert(scenario -> Sequential.modelCheck(SubscriptionModel.initial(START),
            scenario, model -> SubscriptionHarness.inMemory(model.now()),
            SubscriptionHarness::snapshot));
  }
}
