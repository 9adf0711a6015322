// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.ImportGenerators;
import dev.vouchers.testkit.model.ImportHarness;
import dev.vouchers.testkit.model.ImportModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * Model-based property tests of imports (M-1) over the in-memory store: generated batches (with
 * codes repeated in a batch, in other spellings, clashing with earlier batches, malformed or of
 * the other format), redemptions by code and clock moves drive the real use cases; after every
 * step the state read back (each imported code's status and expiry as the partner sees them,
 * the number of imported orders, what a refused batch reported) must equal the reference
 * model's, the store must hold no code outside the accepted batches, and each code typed by an
 * end customer must be answered as C-5 says. Then batches sharing codes and redemptions race
 * from four threads: the end state must be that of some sequential order of them.
 */
class ImportModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void importsFollowTheReferenceModelStepByStep_M1() {
    qt().withExamples(300)
        .withShrinkCycles(200)
        .forAll(ImportGenerators.importScenarios(1, 20))
        .checkAssert(scenario -> Sequential.modelCheck(ImportModel.initial(START), scenario,
            model -> ImportHarness.inMemory(model.now()), ImportHarness::snapshot));
  }

  @Test
  void racingBatchesSharingCodesAreAtomicAndLinearizable_M1_V7() {
    qt().withExamples(150)
        .withShrinkCycles(50)
        .forAll(ImportGenerators.racingImportSteps(6))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            ImportModel.initial(START), steps, model -> ImportHarness.inMemory(START),
            harness -> harness.snapshot().withoutOutcome(), 4));
  }
}
