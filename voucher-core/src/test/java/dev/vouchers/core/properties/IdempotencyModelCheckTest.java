// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.IdempotencyGenerators;
import dev.vouchers.testkit.model.IdempotencyHarness;
import dev.vouchers.testkit.model.IdempotencyModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * G-3 against its reference model on the in-memory store: generated scenarios of two callers
 * using two keys with two different requests, refused work, clock moves around the retention
 * and sweeps; after every step what the store keeps and what it answered must be the model's.
 * And uses racing from four threads must end as some sequential order of them would: one
 * request per key wins, the others are replayed or refused as reuses.
 */
class IdempotencyModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void theStoreFollowsTheIdempotencyModelStepByStep_G3() {
    qt().withExamples(1_000)
        .withShrinkCycles(200)
        .forAll(IdempotencyGenerators.idempotencyScenarios(1, 40))
        .checkAssert(scenario -> Sequential.modelCheck(IdempotencyModel.initial(START),
            scenario, model -> IdempotencyHarness.inMemory(model.now()),
            IdempotencyHarness::snapshot));
  }

  @Test
  void racingUsesAreLinearizable_G3() {
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(IdempotencyGenerators.racingUses(8))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            IdempotencyModel.initial(START), steps,
            model -> IdempotencyHarness.inMemory(START),
            harness -> harness.snapshot().withoutOutcome(),
            4));
  }
}
