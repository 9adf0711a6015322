// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the sub-account contract suites (I-1..I-3): a fresh, empty
 * {@link InvitationStorage} for every test. Adapter authors implement
 * {@link #newInvitationStorage()} (and {@link #closeInvitationStorage} if it holds resources).
 */
public abstract class InvitationStorageContract {
  /** The storage under test, new for each test. */
  protected InvitationStorage storage;

  /** A fresh, empty storage. */
  protected abstract InvitationStorage newInvitationStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeInvitationStorage(InvitationStorage storage) throws Exception {}

  @BeforeEach
  final void createInvitationStorage() throws Exception {
    storage = newInvitationStorage();
  }

  @AfterEach
  final void releaseInvitationStorage() throws Exception {
    closeInvitationStorage(storage);
  }
}
