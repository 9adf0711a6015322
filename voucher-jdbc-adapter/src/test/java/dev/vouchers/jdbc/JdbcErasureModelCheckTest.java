// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.ErasureGenerators;
import dev.vouchers.testkit.model.ErasureHarness;
import dev.vouchers.testkit.model.ErasureModel;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The testkit's erasure model checks (E-1) over the JDBC adapter, a fresh database (H2) or
 * schema (PostgreSQL, and SERIALIZABLE through {@code EXTERNAL} when configured) per example:
 * generated sends of activation links to three people, erasures of them, orders for two
 * customers and erasures of those by name, redemptions and sweeps of the automatic erasure drive
 * the real use cases and, after every step, each voucher's link (with what it still holds and
 * when it closed), what of each person and each customer a dump of every table
 * ({@link CodesAtRestTest#dump}) still holds, the recorded erasures and the waiting e-mails must
 * equal the reference model's; and sends, orders and erasures racing from four threads must end
 * as some sequential order of them would: a person or customer fully gone, or the send or order
 * after the erasure, never half-erased. The same checks run over the in-memory store in voucher-core with more examples.
 */
class JdbcErasureModelCheckTest {
  private static final Instant START = Instant.parse("2026-04-06T08:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 30", "POSTGRES, 12", "EXTERNAL, 12"})
  void anErasedPersonLeavesNoTraceInAnyTableStepByStep_E1(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, ErasureGenerators.erasureScenarios(1, 10),
          ErasureModel.initial(), model -> harness(check), ErasureHarness::snapshot);
    }
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 20", "POSTGRES, 12", "EXTERNAL, 12"})
  void erasuresRacingSendsNeverLeaveAPersonHalfErasedOverJdbc_E1_V7(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, ErasureGenerators.racingErasureSteps(6), ErasureModel.initial(),
          () -> harness(check), harness -> harness.snapshot().withoutOutcome());
    }
  }

  private static ErasureHarness harness(JdbcModelCheck check) {
    JdbcStorage storage = check.fresh();
    DataSource dataSource = check.dataSource();
    Supplier<String> everything = () -> {
      try {
        return CodesAtRestTest.dump(dataSource, check.database());
      } catch (SQLException e) {
        throw new IllegalStateException("the tables could not be read", e);
      }
    };
    return ErasureHarness.over(TestDatabase.storageOf(storage), everything, START);
  }
}
