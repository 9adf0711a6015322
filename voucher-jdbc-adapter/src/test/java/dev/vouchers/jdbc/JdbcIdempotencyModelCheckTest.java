// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.IdempotencyGenerators;
import dev.vouchers.testkit.model.IdempotencyHarness;
import dev.vouchers.testkit.model.IdempotencyModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * G-3 against its reference model over JDBC, a fresh database (H2) or schema (PostgreSQL, and
 * SERIALIZABLE through {@code EXTERNAL} when configured) per example: step by step, and with
 * uses racing from four threads (one request per key wins; the others are replayed or refused
 * as reuses). The in-memory store runs the same checks in voucher-core with more examples.
 */
class JdbcIdempotencyModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final int THREADS = 4;

  private final ExamplePool pool = new ExamplePool();

  @AfterEach
  void closePool() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 30", "EXTERNAL, 30"})
  void theStoreFollowsTheIdempotencyModelStepByStep_G3(TestDatabase database, int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    qt().withExamples(examples)
        .withShrinkCycles(50)
        .forAll(IdempotencyGenerators.idempotencyScenarios(1, 30))
        .checkAssert(scenario -> Sequential.modelCheck(IdempotencyModel.initial(START), scenario,
            model -> harness(database, model.now()), IdempotencyHarness::snapshot));
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingUsesAreLinearizableOverJdbc_G3(TestDatabase database, int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    qt().withExamples(examples)
        .withShrinkCycles(20)
        .forAll(IdempotencyGenerators.racingUses(8))
        .checkAssert(steps -> new Parallel(60, TimeUnit.SECONDS).parallelCheck(
            IdempotencyModel.initial(START), steps,
            model -> harness(database, START),
            harness -> harness.snapshot().withoutOutcome(),
            THREADS));
  }

  private IdempotencyHarness harness(TestDatabase database, Instant start) {
    JdbcStorage fresh = pool.fresh(database, THREADS + 1);
    return IdempotencyHarness.over(fresh.idempotencyKeys(), start);
  }
}
