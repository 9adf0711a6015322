// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.AttemptsGenerators;
import dev.vouchers.testkit.model.AttemptsHarness;
import dev.vouchers.testkit.model.AttemptsModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * G-1 against its reference model on the in-memory store: generated scenarios of counted,
 * refused and forgiven attempts on three caller keys, clock moves around the window's end and
 * sweeps; after every step the windows the store shows and the refusal must be the model's.
 * And counts racing from four threads on two keys must end as some sequential order of them
 * would: the limit is never passed together.
 */
class AttemptsModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void theStoreFollowsTheAttemptModelStepByStep_G1() {
    qt().withExamples(1_000)
        .withShrinkCycles(200)
        .forAll(AttemptsGenerators.attemptsScenarios(1, 40))
        .checkAssert(scenario -> Sequential.modelCheck(AttemptsModel.initial(START), scenario,
            model -> AttemptsHarness.inMemory(model.now()), AttemptsHarness::snapshot));
  }

  @Test
  void racingAttemptsAreLinearizable_G1() {
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(AttemptsGenerators.racingAttemptsSteps(8))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            AttemptsModel.initial(START), steps,
            model -> AttemptsHarness.inMemory(START),
            harness -> harness.snapshot().withoutOutcome(),
            4));
  }
}
