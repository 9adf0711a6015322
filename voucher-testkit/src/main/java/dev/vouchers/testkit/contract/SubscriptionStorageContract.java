// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the subscription contract suites: a fresh, empty {@link SubscriptionStorage} for
 * every test. Adapter authors implement {@link #newStorage()} (and {@link #closeStorage} if it
 * holds resources) and extend {@link SubscriptionsContract} and {@link OffersContract}.
 */
public abstract class SubscriptionStorageContract {
  /** The storage under test, new for each test. */
  protected SubscriptionStorage storage;

  /** A fresh, empty storage. */
  protected abstract SubscriptionStorage newStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeStorage(SubscriptionStorage storage) throws Exception {}

  @BeforeEach
  final void createStorage() throws Exception {
    storage = newStorage();
  }

  @AfterEach
  final void releaseStorage() throws Exception {
    closeStorage(storage);
  }
}
