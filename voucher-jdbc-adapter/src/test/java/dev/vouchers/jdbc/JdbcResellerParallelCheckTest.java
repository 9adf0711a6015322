// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.ResellerGenerators;
import dev.vouchers.testkit.model.ResellerCommand;
import dev.vouchers.testkit.model.ResellerHarness;
import dev.vouchers.testkit.model.ResellerModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * linearizability over JDBC: staff move one application, the partner manager sets
 * discounts and support links and unlinks customers from four threads at once, through the real
 * services and a fresh database (H2) or schema (PostgreSQL, and SERIALIZABLE through
 * {@code EXTERNAL} when configured) per example; the end state read back must be the end state
 * of some sequential order of the same steps. The in-memory store runs the same check in
 * voucher-core ({@code ResellerParallelCheckTest}).
 */
class JdbcResellerParallelCheckTest {
  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingMovesDiscountsAndLinksAreLinearizableOverJdbc_R1_R2(TestDatabase database,
      int examples) {
    ResellerModel started = ResellerModel.initial(START);
    for (ResellerCommand step : ResellerGenerators.racingStart()) {
      started = step.nextState(started);
    }
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, ResellerGenerators.racingResellerSteps(6),
          started.withoutOutcome(),
          () -> {
            ResellerHarness harness = JdbcResellerModelCheckTest.harness(check.fresh(), START);
            ResellerGenerators.racingStart().forEach(step -> step.run(harness));
            return harness;
          },
          harness -> harness.snapshot().withoutOutcome());
    }
  }
}
