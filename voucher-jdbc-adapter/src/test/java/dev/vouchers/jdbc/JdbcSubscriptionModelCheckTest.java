// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.SubscriptionGenerators;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The testkit's subscription model check (U-1..U-5) over JDBC: generated scenarios with clock
 * moves (windows closing, terms ending, years skipped) drive the real services over the JDBC
 * adapter, a fresh database (H2) or schema (PostgreSQL) per example, and after every step the
 * state read back must equal the reference model's. The same check runs over the in-memory
 * store in voucher-core with 1,000 examples; here fewer, since every example creates a schema.
 */
class JdbcSubscriptionModelCheckTest {
  private static final Instant START = Instant.parse("2026-01-31T22:45:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 15", "EXTERNAL, 15"})
  void servicesOverJdbcFollowTheSubscriptionModelStepByStep(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, SubscriptionGenerators.subscriptionScenarios(1, 40),
          SubscriptionModel.initial(START), model -> harness(check.fresh(), model.now()),
          SubscriptionHarness::snapshot);
    }
  }

  static SubscriptionHarness harness(JdbcStorage jdbc, Instant start) {
    return SubscriptionHarness.over(() -> TestDatabase.storageOf(jdbc),
        () -> SubscriptionDatabases.of(jdbc), start);
  }
}
