// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.VoucherGenerators;
import dev.vouchers.testkit.model.LifecycleCommand;
import dev.vouchers.testkit.model.LifecycleHarness;
import dev.vouchers.testkit.model.LifecycleModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;

/**
 * V-7 linearizability: redeem, send and cancel race on the vouchers of one order from
 * several threads; the end state must be the end state of some sequential order of the same
 * steps (QuickTheories {@code Parallel.parallelCheck} enumerates them).
 */
class LifecycleParallelCheckTest {
  private static final Instant START = Instant.parse("2026-01-15T09:30:00Z");

  @Test
  void racingRedeemSendAndCancelAreLinearizable_V7() {
    LifecycleModel placed = LifecycleModel.initial(START).place(3, false).withoutOutcome();
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(VoucherGenerators.racingSteps(6))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            placed, steps,
            model -> {
              LifecycleHarness harness = LifecycleHarness.inMemory(START);
              LifecycleCommand.place(3, false).run(harness);
              return harness;
            },
            harness -> harness.snapshot().withoutOutcome(),
            4));
  }
}
