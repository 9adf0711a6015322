// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.SubscriptionGenerators;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.stateful.Sequential;

/**
 * The testkit's subscription model check (U-1..U-5) over JDBC: generated scenarios with clock
 * moves (windows closing, terms ending, years skipped) drive the real services over the JDBC
 * adapter, a fresh database (H2) or schema (PostgreSQL) per example, and after every step the
 * state read back must equal the reference model's. The same check runs over the in-memory
 * store in voucher-core with 1,000 examples; here fewer, since every example creates a schema.
 */
class JdbcSubscriptionModelCheckTest {
  private static final Instant START = Instant.parse("2026-01-31T22:45:00Z");

  private final ExamplePool pool = new ExamplePool();

  @AfterEach
  void closePool() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 15", "EXTERNAL, 15"})
  void servicesOverJdbcFollowTheSubscriptionModelStepByStep(TestDatabase database,
      int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    qt().withExamples(examples)
        .withShrinkCycles(50)
        .forAll(SubscriptionGenerators.subscriptionScenarios(1, 40))
        .checkAssert(scenario -> Sequential.modelCheck(SubscriptionModel.initial(START),
            scenario, model -> harness(database, model.now()), SubscriptionHarness::snapshot));
  }

  private SubscriptionHarness harness(TestDatabase database, Instant start) {
    JdbcStorage jdbc = pool.fresh(database, 2);
    return SubscriptionHarness.over(() -> TestDatabase.storageOf(jdbc),
        () -> SubscriptionDatabases.of(jdbc), start);
  }
}
