// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.ErasureGenerators;
import dev.vouchers.testkit.model.ErasureHarness;
import dev.vouchers.testkit.model.ErasureModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * Model-based property tests of erasure (E-1) over the in-memory store: generated sends of
 * activation links with tagged messages to three people, erasures of them, orders with tagged
 * notes for two customers, erasures of those customers by name, redemptions (which close
 * vouchers) and sweeps of the automatic erasure drive the real use cases; after every
 * step each voucher's link, which links' data it still holds and when it closed, what of each
 * person the store's objects still hold (address, each message), what of each customer (name,
 * each order's notes), the recorded erasures and the
 * waiting e-mails must equal the reference model's, and every history must keep its moves.
 * Then sends and erasures race from four threads: the end state must be that of some
 * sequential order (a person fully gone, or the send after the erasure; never half-erased).
 */
class ErasureModelCheckTest {
  private static final Instant START = Instant.parse("2026-04-06T08:00:00Z");

  @Test
  void anErasedPersonLeavesNoTraceAndOthersKeepTheirDataStepByStep_E1() {
    qt().withExamples(100)
        .withShrinkCycles(200)
        .forAll(ErasureGenerators.erasureScenarios(1, 12))
        .checkAssert(scenario -> Sequential.modelCheck(ErasureModel.initial(), scenario,
            model -> ErasureHarness.inMemory(START), ErasureHarness::snapshot));
  }

  @Test
  void erasuresRacingSendsNeverLeaveAPersonHalfErased_E1_V7() {
    qt().withExamples(100)
        .withShrinkCycles(50)
        .forAll(ErasureGenerators.racingErasureSteps(6))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            ErasureModel.initial(), steps, model -> ErasureHarness.inMemory(START),
            harness -> harness.snapshot().withoutOutcome(), 4));
  }
}
