// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the reseller programme's contract suites: a fresh, empty
 * {@link ResellerStorage} for every test, as {@link StorageContract} gives the voucher suites.
 */
public abstract class ResellerStorageContract {
  /** The storage under test, new for each test. */
  protected ResellerStorage storage;

  /** A fresh, empty storage. */
  protected abstract ResellerStorage newStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeStorage(ResellerStorage storage) throws Exception {}

  @BeforeEach
  final void createStorage() throws Exception {
    storage = newStorage();
  }

  @AfterEach
  final void releaseStorage() throws Exception {
    closeStorage(storage);
  }
}
