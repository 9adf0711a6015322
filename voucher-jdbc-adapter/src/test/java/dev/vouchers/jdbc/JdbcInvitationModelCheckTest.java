// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.InvitationGenerators;
import dev.vouchers.testkit.model.InvitationHarness;
import dev.vouchers.testkit.model.InvitationModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Sequential;

/**
 * The testkit's invitation model check (I-1..I-3) over the JDBC adapter on H2, a fresh
 * in-memory database per example: generated scenarios drive the real use cases and, after
 * every step, the state read back must equal the reference model's. The same check runs over
 * the in-memory store in voucher-core with more examples.
 */
class JdbcInvitationModelCheckTest {
  private static final Instant START = Instant.parse("2026-05-04T07:45:00Z");

  @Test
  void servicesOverJdbcFollowTheInvitationModelStepByStep_I2() {
    qt().withExamples(60)
        .withShrinkCycles(50)
        .forAll(InvitationGenerators.invitationScenarios(1, 30))
        .checkAssert(scenario -> Sequential.modelCheck(InvitationModel.initial(START), scenario,
            model -> {
              JdbcStorage jdbc = TestDatabase.H2.newJdbcStorage();
              return InvitationHarness.over(TestDatabase.storageOf(jdbc),
                  InvitationDatabases.of(jdbc), model.now());
            }, InvitationHarness::snapshot));
  }
}
