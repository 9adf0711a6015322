// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.AttemptsGenerators;
import dev.vouchers.testkit.model.AttemptsHarness;
import dev.vouchers.testkit.model.AttemptsModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * G-1 against its reference model over JDBC, a fresh database (H2) or schema (PostgreSQL, and
 * SERIALIZABLE through {@code EXTERNAL} when configured) per example: step by step, and with
 * counts racing from four threads (the limit is never passed together). The in-memory store
 * runs the same checks in voucher-core with more examples.
 */
class JdbcAttemptsModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 30", "EXTERNAL, 30"})
  void theStoreFollowsTheAttemptModelStepByStep_G1(TestDatabase database, int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, AttemptsGenerators.attemptsScenarios(1, 30),
          AttemptsModel.initial(START),
          model -> AttemptsHarness.over(check.fresh().codeAttempts(), model.now()),
          AttemptsHarness::snapshot);
    }
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingAttemptsAreLinearizableOverJdbc_G1(TestDatabase database, int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, AttemptsGenerators.racingAttemptsSteps(8),
          AttemptsModel.initial(START),
          () -> AttemptsHarness.over(check.fresh().codeAttempts(), START),
          harness -> harness.snapshot().withoutOutcome());
    }
  }
}
