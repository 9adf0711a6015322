// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.SubscriptionGenerators;
import dev.vouchers.testkit.model.SubscriptionCommand;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * U-2, U-3, U-5 linearizability over JDBC: licence changes, cancellations, suspensions,
 * reactivations and setting changes race on two active subscriptions from four threads, through
 * the real services and a fresh database (H2) or schema (PostgreSQL, and SERIALIZABLE through
 * {@code EXTERNAL} when configured) per example; the end state read back must be the end state
 * of some sequential order of the same steps. The in-memory store runs the same check in
 * voucher-core ({@code SubscriptionParallelCheckTest}).
 */
class JdbcSubscriptionParallelCheckTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingChangesToSubscriptionsAreLinearizableOverJdbc_U2_U3_U5(TestDatabase database,
      int examples) {
    SubscriptionModel started = SubscriptionModel.initial(START);
    for (SubscriptionCommand step : SubscriptionGenerators.racingStart()) {
      started = step.nextState(started);
    }
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, SubscriptionGenerators.racingSubscriptionSteps(6),
          started.withoutOutcome(),
          () -> {
            SubscriptionHarness harness =
                JdbcSubscriptionModelCheckTest.harness(check.fresh(), START);
            SubscriptionGenerators.racingStart().forEach(step -> step.run(harness));
            return harness;
          },
          harness -> harness.snapshot().withoutOutcome());
    }
  }
}
