// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.properties;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.InvitationGenerators;
import dev.vouchers.testkit.model.InvitationHarness;
import dev.vouchers.testkit.model.InvitationModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Sequential;

/**
 * Model-based property test of sub-account invitations (I-1, I-2, I-3): generated scenarios of
 * invitations, resends, cancellations, acceptances with current and old tokens, clock moves
 * around the 30-day validity and sweeps drive the real use cases over the in-memory adapter;
 * after every step the state read back must equal the reference model's (statuses as seen
 * now, expiry, tokens e-mailed, history length, sub-accounts, e-mails). The harness also checks
 * that every history is a path of I-2 moves ending at the stored status.
 */
class InvitationModelCheckTest {
  private static final Instant START = Instant.parse("2026-05-04T07:45:00Z");

  @Test
  void servicesFollowTheReferenceModelStepByStep_I2() {
    qt().withExamples(500)
        .withShrinkCycles(200)
        .forAll(InvitationGenerators.invitationScenarios(1, 40))
        .checkAssert(scenario -> Sequential.modelCheck(InvitationModel.initial(START), scenario,
            model -> InvitationHarness.inMemory(model.now()), InvitationHarness::snapshot));
  }
}
