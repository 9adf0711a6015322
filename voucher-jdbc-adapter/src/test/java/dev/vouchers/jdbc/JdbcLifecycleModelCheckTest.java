// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.VoucherGenerators;
import dev.vouchers.testkit.model.LifecycleHarness;
import dev.vouchers.testkit.model.LifecycleModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The testkit's lifecycle model check (V-1, V-2, V-4, V-5, V-6, V-8, S-2) over JDBC: generated
 * scenarios drive the real application services over the JDBC adapter, a fresh database (H2)
 * or schema (PostgreSQL) per example, and after every step the state read back must equal the
 * reference model's; QuickTheories shrinks a failure to a minimal scenario. The same check runs
 * over the in-memory store in voucher-core with 1,000 examples; here fewer, since every
 * example creates a schema.
 */
class JdbcLifecycleModelCheckTest {
  private static final Instant START = Instant.parse("2026-01-15T09:30:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 30", "EXTERNAL, 30"})
  void servicesOverJdbcFollowTheReferenceModelStepByStep(TestDatabase database, int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, VoucherGenerators.lifecycleScenarios(1, 40),
          LifecycleModel.initial(START),
          model -> LifecycleHarness.over(() -> TestDatabase.storageOf(check.fresh()),
              model.now()),
          LifecycleHarness::snapshot);
    }
  }
}
