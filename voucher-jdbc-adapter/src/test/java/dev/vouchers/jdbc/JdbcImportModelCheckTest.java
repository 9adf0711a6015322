// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.ImportGenerators;
import dev.vouchers.testkit.model.ImportHarness;
import dev.vouchers.testkit.model.ImportModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The testkit's import model checks (M-1) over the JDBC adapter, a fresh database (H2) or
 * schema (PostgreSQL, and SERIALIZABLE through {@code EXTERNAL} when configured) per example:
 * generated batches, redemptions and clock moves drive the real use cases and, after every
 * step, the state read back must equal the reference model's (nothing half-imported, codes
 * found by their own format); and batches sharing codes and redemptions racing from four
 * threads must end as some sequential order of them would: of two batches sharing a code
 * exactly one is stored, whole. The same checks run over the in-memory store in voucher-core
 * with more examples.
 */
class JdbcImportModelCheckTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 50", "POSTGRES, 20", "EXTERNAL, 20"})
  void importsOverJdbcFollowTheReferenceModelStepByStep_M1(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, ImportGenerators.importScenarios(1, 15),
          ImportModel.initial(START),
          model -> ImportHarness.over(TestDatabase.storageOf(check.fresh()), model.now()),
          ImportHarness::snapshot);
    }
  }

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 20", "POSTGRES, 12", "EXTERNAL, 12"})
  void racingBatchesSharingCodesAreAtomicAndLinearizableOverJdbc_M1_V7(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.racing(examples, ImportGenerators.racingImportSteps(6), ImportModel.initial(START),
          () -> ImportHarness.over(TestDatabase.storageOf(check.fresh()), START),
          harness -> harness.snapshot().withoutOutcome());
    }
  }
}
