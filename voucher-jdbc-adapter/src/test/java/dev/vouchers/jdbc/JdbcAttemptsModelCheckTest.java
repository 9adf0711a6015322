// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.AttemptsGenerators;
import dev.vouchers.testkit.model.AttemptsHarness;
import dev.vouchers.testkit.model.AttemptsModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * G-1 against its reference model over JDBC, a fresh database (H2) or schema (PostgreSQL, and
 * SERIALIZABLE through {@code EXTERNAL} when configured) per example: step by step, and with
 * counts racing from four threads (the limit is never passed together). The in-memory store
 * runs the same checks in voucher-core with more examples.
 */
class JdbcAttemptsModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final int THREADS = 4;

  private final ExamplePool pool = new ExamplePool();

  @AfterEach
  void closePool() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 30", "EXTERNAL, 30"})
  void theStoreFollowsTheAttemptModelStepByStep_G1(TestDatabase database, int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    qt().withExamples(examples)
        .withShrinkCycles(50)
        .forAll(AttemptsGenerators.attemptsScenarios(1, 30))
        .checkAssert(scenario -> Sequential.modelCheck(AttemptsModel.initial(START), scenario,
            model -> harness(database, model.now()), AttemptsHarness::snapshot));
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingAttemptsAreLinearizableOverJdbc_G1(TestDatabase database, int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    qt().withExamples(examples)
        .withShrinkCycles(20)
        .forAll(AttemptsGenerators.racingAttemptsSteps(8))
        .checkAssert(steps -> new Parallel(60, TimeUnit.SECONDS).parallelCheck(
            AttemptsModel.initial(START), steps,
            model -> harness(database, START),
            harness -> harness.snapshot().withoutOutcome(),
            THREADS));
  }

  private AttemptsHarness harness(TestDatabase database, Instant start) {
    JdbcStorage fresh = pool.fresh(database, THREADS + 1);
    return AttemptsHarness.over(fresh.codeAttempts(), start);
  }
}
