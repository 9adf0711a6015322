// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;


/** L-4's guard over the in-memory store: 200 generated calls per use case. */
class InMemoryUseCaseGuardTest extends UseCaseGuard {

  @Override
  protected GuardStorage newStorage() {
    return GuardStorage.inMemory();
  }
}
