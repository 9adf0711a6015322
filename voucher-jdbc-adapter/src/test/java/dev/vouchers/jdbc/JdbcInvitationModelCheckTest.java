// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.InvitationGenerators;
import dev.vouchers.testkit.model.InvitationCommand;
import dev.vouchers.testkit.model.InvitationHarness;
import dev.vouchers.testkit.model.InvitationModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The testkit's invitation model checks (I-1..I-3) over the JDBC adapter, a fresh database (H2)
 * or schema (PostgreSQL, and SERIALIZABLE through {@code EXTERNAL} when configured) per
 * example: generated scenarios drive the real use cases and, after every step, the state read
 * back must equal the reference model's; and acceptances, cancellations and the sweep racing
 * from four threads must end as some sequential order of them would. The same checks run over
 * the in-memory store in voucher-core with more examples.
 */
class JdbcInvitationModelCheckTest {
  private static final Instant START = Instant.parse("2026-05-04T07:45:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 20", "EXTERNAL, 20"})
  void servicesOverJdbcFollowTheInvitationModelStepByStep_I2(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, InvitationGenerators.invitationScenarios(1, 30),
          InvitationModel.initial(START), model -> harness(check.fresh(), model.now()),
          InvitationHarness::snapshot);
    }
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingAcceptancesAndCancellationsAreLinearizableOverJdbc_I2(TestDatabase database,
      int examples) {
    InvitationModel started = InvitationModel.initial(START);
    for (InvitationCommand step : InvitationGenerators.racingStart()) {
      started = step.nextState(started);
    }
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, InvitationGenerators.racingInvitationSteps(6),
          started.withoutOutcome(),
          () -> {
            InvitationHarness harness = harness(check.fresh(), START);
            InvitationGenerators.racingStart().forEach(step -> step.run(harness));
            return harness;
          },
          harness -> harness.snapshot().withoutOutcome());
    }
  }

  private static InvitationHarness harness(JdbcStorage jdbc, Instant start) {
    return InvitationHarness.over(TestDatabase.storageOf(jdbc), InvitationDatabases.of(jdbc),
        start);
  }
}
