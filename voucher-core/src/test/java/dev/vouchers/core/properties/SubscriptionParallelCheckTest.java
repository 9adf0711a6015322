// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.SubscriptionGenerators;
import dev.vouchers.testkit.model.SubscriptionCommand;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;

/**
 * U-2, U-3, U-5 linearizability: licence changes, cancellations, suspensions, reactivations
 * and setting changes race on two active subscriptions from four threads, over the in-memory
 * store; the end state read back (statuses, licences, settings, histories) must be the end
 * state of some sequential order of the same steps (QuickTheories
 * {@code Parallel.parallelCheck} enumerates them).
 */
class SubscriptionParallelCheckTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void racingChangesToSubscriptionsAreLinearizable_U2_U3_U5() {
    SubscriptionModel started = SubscriptionModel.initial(START);
    for (SubscriptionCommand step : SubscriptionGenerators.racingStart()) {
      started = step.nextState(started);
    }
    SubscriptionModel start = started.withoutOutcome();
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(SubscriptionGenerators.racingSubscriptionSteps(6))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            start, steps,
            model -> {
              SubscriptionHarness harness = SubscriptionHarness.inMemory(START);
              SubscriptionGenerators.racingStart().forEach(step -> step.run(harness));
              return harness;
            },
            harness -> harness.snapshot().withoutOutcome(),
            4));
  }
}
