// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.quicktheories.QuickTheory.qt;

import dev.vouchers.testkit.generators.InvitationGenerators;
import dev.vouchers.testkit.model.InvitationCommand;
import dev.vouchers.testkit.model.InvitationHarness;
import dev.vouchers.testkit.model.InvitationModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.stateful.Parallel;
import org.quicktheories.core.stateful.Sequential;

/**
 * The testkit's invitation model checks (I-1..I-3) over the JDBC adapter, a fresh database (H2)
 * or schema (PostgreSQL, and SERIALIZABLE through {@code EXTERNAL} when configured) per
 * example: generated scenarios drive the real use cases and, after every step, the state read
 * back must equal the reference model's; and acceptances, cancellations and the sweep racing
 * from four threads must end as some sequential order of them would. The same checks run over
 * the in-memory store in voucher-core with more examples.
 */
class JdbcInvitationModelCheckTest {
  private static final Instant START = Instant.parse("2026-05-04T07:45:00Z");
  private static final int THREADS = 4;

  private final ExamplePool pool = new ExamplePool();

  @AfterEach
  void closePool() {
    pool.close();
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 20", "EXTERNAL, 20"})
  void servicesOverJdbcFollowTheInvitationModelStepByStep_I2(TestDatabase database,
      int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    qt().withExamples(examples)
        .withShrinkCycles(50)
        .forAll(InvitationGenerators.invitationScenarios(1, 30))
        .checkAssert(scenario -> Sequential.modelCheck(InvitationModel.initial(START), scenario,
            model -> harness(database, model.now()), InvitationHarness::snapshot));
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 60", "POSTGRES, 25", "EXTERNAL, 25"})
  void racingAcceptancesAndCancellationsAreLinearizableOverJdbc_I2(TestDatabase database,
      int examples) {
    database.freshDataSource(); // skips EXTERNAL when no external database is configured
    InvitationModel started = InvitationModel.initial(START);
    for (InvitationCommand step : InvitationGenerators.racingStart()) {
      started = step.nextState(started);
    }
    InvitationModel start = started.withoutOutcome();
    qt().withExamples(examples)
        .withShrinkCycles(20)
        .forAll(InvitationGenerators.racingInvitationSteps(6))
        .checkAssert(steps -> new Parallel(60, TimeUnit.SECONDS).parallelCheck(
            start, steps,
            model -> {
              InvitationHarness harness = harness(database, START);
              InvitationGenerators.racingStart().forEach(step -> step.run(harness));
              return harness;
            },
            harness -> harness.snapshot().withoutOutcome(),
            THREADS));
  }

  private InvitationHarness harness(TestDatabase database, Instant start) {
    JdbcStorage jdbc = pool.fresh(database, THREADS + 1);
    return InvitationHarness.over(TestDatabase.storageOf(jdbc), InvitationDatabases.of(jdbc),
        start);
  }
}
