// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.generators.ResellerGenerators;
import dev.vouchers.testkit.model.ResellerHarness;
import dev.vouchers.testkit.model.ResellerModel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The testkit's reseller programme model check over JDBC: generated
 * scenarios with clock moves drive the real application services over the JDBC adapter, a
 * fresh database (H2) or schema (PostgreSQL) per example, and after every step the state read
 * back must equal the reference model's. The same check runs over the in-memory store in
 * voucher-core with 1,000 examples; here fewer, since every example creates a schema.
 */
class JdbcResellerModelCheckTest {
  private static final Instant START = Instant.parse("2026-02-02T08:00:00Z");

  @ParameterizedTest(name = "{0}, {1} examples")
  @CsvSource({"H2, 100", "POSTGRES, 20", "EXTERNAL, 20"})
  void servicesOverJdbcFollowTheReferenceModelStepByStep_R1_R2(TestDatabase database,
      int examples) {
    try (JdbcModelCheck check = new JdbcModelCheck(database)) {
      check.stepByStep(examples, ResellerGenerators.resellerScenarios(1, 40),
          ResellerModel.initial(START), model -> harness(check.fresh(), model.now()),
          ResellerHarness::snapshot);
    }
  }

  static ResellerHarness harness(JdbcStorage storage, Instant start) {
    return ResellerHarness.over(TestDatabase.storageOf(storage), ResellerTestStorage.of(storage),
        start);
  }
}
