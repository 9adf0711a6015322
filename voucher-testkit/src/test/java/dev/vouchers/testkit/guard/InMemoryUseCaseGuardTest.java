package dev.vouchers.testkit.guard;

import java.util.Set;

/** L-4's guard over the in-memory store: 200 generated calls per use case. */
class InMemoryUseCaseGuardTest extends UseCaseGuard {

  @Override
  protected GuardStorage newStorage() {
    return GuardStorage.inMemory();
  }

  @Override
  protected Set<KnownFailure> knownFailures() {
    return KnownFailures.ISSUE_13_HELPER_D;
  }
}
