// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.VoucherGenerators;
import dev.vouchers.testkit.model.LifecycleCommand;
import dev.vouchers.testkit.model.LifecycleHarness;
import dev.vouchers.testkit.model.LifecycleModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * V-7 linearizability over JDBC: redeem, send and cancel race from four threads on the vouchers
 * of one order, through the real services and a fresh database (H2) or schema (PostgreSQL, also
 * at SERIALIZABLE through {@code EXTERNAL} when configured) per example; the end state read back
 * must be the end state of some sequential order of the same steps (QuickTheories
 * {@code Parallel.parallelCheck} enumerates them). The in-memory store runs the same check in
 * voucher-core ({@code LifecycleParallelCheckTest}).
 */
class JdbcLifecycleParallelCheckTest {
  private static final Instant START = Instant.parse("2026-01-15T09:30:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingRedeemSendAndCancelAreLinearizableOverJdbc_V7(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, VoucherGenerators.racingSteps(6),
          LifecycleModel.initial(START).place(3, false).withoutOutcome(),
          () -> {
            LifecycleHarness harness = LifecycleHarness.over(
                () -> TestDatabase.storageOf(check.fresh()), START);
            LifecycleCommand.place(3, false).run(harness);
            return harness;
          },
          harness -> harness.snapshot().withoutOutcome());
    }
  }
}
