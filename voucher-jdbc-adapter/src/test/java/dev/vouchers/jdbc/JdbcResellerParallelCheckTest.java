// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.ResellerGenerators;
import dev.vouchers.testkit.model.ResellerCommand;
import dev.vouchers.testkit.model.ResellerHarness;
import dev.vouchers.testkit.model.ResellerModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.stateful.Parallel;

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
  private static final int THREADS = 4;

  private final ExamplePool pool = new ExamplePool();

  @AfterEach
  void closePool() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingMovesDiscountsAndLinksAreLinearizableOverJdbc_R1_R2(TestDatabase database,
      int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    ResellerModel started = ResellerModel.initial(START);
    for (ResellerCommand step : ResellerGenerators.racingStart()) {
      started = step.nextState(started);
    }
    ResellerModel start = started.withoutOutcome();
    qt().withExamples(examples)
        .withShrinkCycles(20)
        .forAll(ResellerGenerators.racingResellerSteps(6))
        .checkAssert(steps -> new Parallel(60, TimeUnit.SECONDS).parallelCheck(
            start, steps,
            model -> {
              ResellerHarness harness = fresh(database);
              ResellerGenerators.racingStart().forEach(step -> step.run(harness));
              return harness;
            },
            harness -> harness.snapshot().withoutOutcome(),
            THREADS));
  }

  private ResellerHarness fresh(TestDatabase database) {
    JdbcStorage storage = pool.fresh(database, THREADS + 1);
    return ResellerHarness.over(TestDatabase.storageOf(storage), ResellerTestStorage.of(storage),
        START);
  }
}
