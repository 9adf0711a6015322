// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.guard.GuardStorage;
import dev.vouchers.testkit.guard.UseCaseGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * L-4's guard over the JDBC adapter on H2: a fresh database per use case, 80 generated calls
 * each, every {@code vouchers_*} table digested after each call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2UseCaseGuardTest extends UseCaseGuard {
  private final GuardDatabases databases = new GuardDatabases(TestDatabase.H2);

  @Override
  protected GuardStorage newStorage() {
    return databases.fresh();
  }

  @Override
  protected int callsPerUseCase() {
    return 80;
  }

  @AfterAll
  void closePool() {
    databases.close();
  }
}
