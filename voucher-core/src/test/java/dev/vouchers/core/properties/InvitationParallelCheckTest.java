// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.InvitationGenerators;
import dev.vouchers.testkit.model.InvitationCommand;
import dev.vouchers.testkit.model.InvitationHarness;
import dev.vouchers.testkit.model.InvitationModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Parallel;

/**
 * I-2 linearizability: acceptances (one sub-account per invitation at most), cancellations and
 * the sweep race on two pending invitations from four threads, over the in-memory store; the
 * end state read back must be the end state of some sequential order of the same steps
 * (QuickTheories {@code Parallel.parallelCheck} enumerates them).
 */
class InvitationParallelCheckTest {
  private static final Instant START = Instant.parse("2026-05-04T07:45:00Z");

  @Test
  void racingAcceptancesAndCancellationsAreLinearizable_I2() {
    InvitationModel started = InvitationModel.initial(START);
    for (InvitationCommand step : InvitationGenerators.racingStart()) {
      started = step.nextState(started);
    }
    InvitationModel start = started.withoutOutcome();
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(InvitationGenerators.racingInvitationSteps(6))
        .checkAssert(steps -> new Parallel(30, TimeUnit.SECONDS).parallelCheck(
            start, steps,
            model -> {
              InvitationHarness harness = InvitationHarness.inMemory(START);
              InvitationGenerators.racingStart().forEach(step -> step.run(harness));
              return harness;
            },
            harness -> harness.snapshot().withoutOutcome(),
            4));
  }
}
