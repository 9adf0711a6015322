// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * A reference-model check of one stateful rule over JDBC, the way every {@code Jdbc*ModelCheck}
 * and {@code Jdbc*ParallelCheck} test runs it: a fresh database (H2) or schema (PostgreSQL, and
 * SERIALIZABLE through {@code EXTERNAL} when configured) per example, generated scenarios step
 * by step (after every step the state read back must be the model's), and steps racing from
 * {@link #THREADS} threads (the end state read back must be that of some sequential order of
 * them; QuickTheories' {@code Parallel} enumerates the orders).
 */
final class JdbcModelCheck implements AutoCloseable {
  /** How many threads race. */
  static final int THREADS = 4;

  private final TestDatabase database;
  private final ExamplePool pool = new ExamplePool();

  /** A check on {@code database}; skips the test when it is EXTERNAL and none is configured. */
  JdbcModelCheck(TestDatabase database) {
    database.freshDataSource();
    this.database = database;
  }

  /** The storage of the next example: fresh, with a connection per racing thread and one more. */
  JdbcStorage fresh() {
    return pool.fresh(database, THREADS + 1);
  }

  /** The database of the example that runs (of the last {@link #fresh()}). */
  javax.sql.DataSource dataSource() {
    return pool.current();
  }

  /** The database this check runs on. */
  TestDatabase database() {
    return database;
  }

  /**
   * Generated scenarios, step by step.
   *
   * @param examples how many scenarios
   * @param scenarios their generator
   * @param initial the model's start
   * @param sut a fresh system for a scenario, starting as the model does
   * @param snapshot what the system shows, as a model
   */
  <S, M, C extends Command<S, M>> void stepByStep(int examples, Gen<List<C>> scenarios,
      M initial, Function<M, S> sut, Function<S, M> snapshot) {
    qt().withExamples(examples)
        .withShrinkCycles(50)
        .forAll(scenarios)
        .checkAssert(scenario -> Sequential.modelCheck(initial, scenario, sut, snapshot));
  }

  /**
   * Generated steps racing from {@link #THREADS} threads.
   *
   * @param examples how many races
   * @param steps their generator
   * @param start the model where every race starts
   * @param sut a fresh system brought to {@code start}
   * @param snapshot what the system shows at the end, as a model (without outcomes)
   */
  <S, M> void racing(int examples, Gen<List<Command<S, M>>> steps, M start, Supplier<S> sut,
      Function<S, M> snapshot) {
    qt().withExamples(examples)
        .withShrinkCycles(20)
        .forAll(steps)
        .checkAssert(race -> new Parallel(60, TimeUnit.SECONDS).parallelCheck(
            start, race, model -> sut.get(), snapshot, THREADS));
  }

  @Override
  public void close() {
    pool.close();
  }
}
