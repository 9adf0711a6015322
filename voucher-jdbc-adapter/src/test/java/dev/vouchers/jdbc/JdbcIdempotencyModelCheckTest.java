// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.IdempotencyGenerators;
import dev.vouchers.testkit.model.IdempotencyHarness;
import dev.vouchers.testkit.model.IdempotencyModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * G-3 against its reference model over JDBC, a fresh database (H2) or schema (PostgreSQL, and
 * SERIALIZABLE through {@code EXTERNAL} when configured) per example: step by step, and with
 * uses racing from four threads (one request per key wins; the others are replayed or refused
 * as reuses). The in-memory store runs the same checks in voucher-core with more examples.
 */
class JdbcIdempotencyModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 20", "EXTERNAL, 20"})
  void theStoreFollowsTheIdempotencyModelStepByStep_G3(TestDatabase database, int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, IdempotencyGenerators.idempotencyScenarios(1, 30),
          IdempotencyModel.initial(START),
          model -> IdempotencyHarness.over(check.fresh().idempotencyKeys(), model.now()),
          IdempotencyHarness::snapshot);
    }
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 40", "POSTGRES, 20", "EXTERNAL, 20"})
  void racingUsesAreLinearizableOverJdbc_G3(TestDatabase database, int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, IdempotencyGenerators.racingUses(8),
          IdempotencyModel.initial(START),
          () -> IdempotencyHarness.over(check.fresh().idempotencyKeys(), START),
          harness -> harness.snapshot().withoutOutcome());
    }
  }
}
