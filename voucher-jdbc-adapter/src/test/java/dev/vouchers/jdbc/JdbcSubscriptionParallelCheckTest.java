// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.SubscriptionGenerators;
import dev.vouchers.testkit.model.SubscriptionCommand;
import dev.vouchers.testkit.model.SubscriptionHarness;
import dev.vouchers.testkit.model.SubscriptionModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.stateful.Parallel;

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
  private static final int THREADS = 4;

  private final ExamplePool pool = new ExamplePool();

  @AfterEach
  void closePool() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingChangesToSubscriptionsAreLinearizableOverJdbc_U2_U3_U5(TestDatabase database,
      int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    SubscriptionModel started = SubscriptionModel.initial(START);
    for (SubscriptionCommand step : SubscriptionGenerators.racingStart()) {
      started = step.nextState(started);
    }
    SubscriptionModel start = started.withoutOutcome();
    qt().withExamples(examples)
        .withShrinkCycles(20)
        .forAll(SubscriptionGenerators.racingSubscriptionSteps(6))
        .checkAssert(steps -> new Parallel(60, TimeUnit.SECONDS).parallelCheck(
            start, steps,
            model -> {
              SubscriptionHarness harness = harness(database);
              SubscriptionGenerators.racingStart().forEach(step -> step.run(harness));
              return harness;
            },
            harness -> harness.snapshot().withoutOutcome(),
            THREADS));
  }

  private SubscriptionHarness harness(TestDatabase database) {
    JdbcStorage jdbc = pool.fresh(database, THREADS + 1);
    return SubscriptionHarness.over(() -> TestDatabase.storageOf(jdbc),
        () -> SubscriptionDatabases.of(jdbc), START);
  }
}
