// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.ResellerGenerators;
import dev.vouchers.testkit.model.ResellerCommand;
import dev.vouchers.testkit.model.ResellerHarness;
import dev.vouchers.testkit.model.ResellerModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;

/**
 * linearizability: staff move one application, the partner manager sets discounts
 * and support links and unlinks customers from four threads at once, over the in-memory store;
 * the end state read back must be the end state of some sequential order of the same steps
 * (QuickTheories {@code Parallel.parallelCheck} enumerates them). Among the races: approve
 * against reject, and one customer linked to two resellers at once (one current link).
 */
class ResellerParallelCheckTest {
  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  /** The model after {@link ResellerGenerators#racingStart()}. */
  static ResellerModel started() {
    ResellerModel model = ResellerModel.initial(START);
    for (ResellerCommand step : ResellerGenerators.racingStart()) {
      model = step.nextState(model);
    }
    return model.withoutOutcome();
  }

  /** A harness brought to {@link ResellerGenerators#racingStart()}. */
  static ResellerHarness started(ResellerHarness harness) {
    for (ResellerCommand step : ResellerGenerators.racingStart()) {
      step.run(harness);
    }
    return harness;
  }

  @Test
  void racingMovesDiscountsAndLinksAreLinearizable_R1_R2() {
    ResellerModel started = started();
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(ResellerGenerators.racingResellerSteps(6))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            started, steps,
            model -> started(ResellerHarness.inMemory(START)),
            harness -> harness.snapshot().withoutOutcome(),
            4));
  }
}
