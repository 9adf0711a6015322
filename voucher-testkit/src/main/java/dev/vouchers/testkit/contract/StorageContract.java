// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the storage contract suites: a fresh, empty {@link Storage} for every test.
 * Adapter authors implement {@link #newStorage()} (and {@link #closeStorage} if it holds
 * resources) once, in a base class of their own, and extend each suite from there.
 */
public abstract class StorageContract {
  /** The storage under test, new for each test. */
  protected Storage storage;

  /** A fresh, empty storage. */
  protected abstract Storage newStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeStorage(Storage storage) throws Exception {}

  @BeforeEach
  final void createStorage() throws Exception {
    storage = newStorage();
  }

  @AfterEach
  final void releaseStorage() throws Exception {
    closeStorage(storage);
  }
}
