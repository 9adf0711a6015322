// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.testkit.guard.GuardStorage;
import dev.vouchers.testkit.guard.UseCaseGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * L-4's guard over the JDBC adapter on PostgreSQL: a fresh schema per use case, 30 generated calls
 * each, every {@code vouchers_*} table digested after each call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUseCaseGuardTest extends UseCaseGuard {
  private final GuardDatabases databases = new GuardDatabases(TestDatabase.POSTGRES);

  @Override
  protected GuardStorage newStorage() {
    return databases.fresh();
  }

  @Override
  protected int callsPerUseCase() {
    return 30;
  }

  @AfterAll
  void closePool() {
    databases.close();
  }
}
