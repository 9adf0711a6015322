// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import dev.vouchers.testkit.contract.InvitationStorage;
import dev.vouchers.testkit.contract.ResellerStorage;
import dev.vouchers.testkit.contract.Storage;
import dev.vouchers.testkit.contract.SubscriptionStorage;
import dev.vouchers.testkit.memory.InMemoryStore;
import java.util.Objects;

/**
 * A fresh, empty store of every port (one database, or one memory) with the digest of its
 * state, as {@link UseCaseGuard} needs it.
 *
 * @param storage orders, vouchers, partners, catalog, mandates and the outbox
 * @param invitations invitations, sub-accounts and the invitation outbox (I-1..I-3)
 * @param resellers reseller applications and customer links
 * @param subscriptions subscriptions and offers (U-1..U-5)
 * @param digest the digest of everything the store holds
 */
public record GuardStorage(Storage storage, InvitationStorage invitations,
    ResellerStorage resellers, SubscriptionStorage subscriptions, StoreDigest digest) {

  /** Every part is required. */
  public GuardStorage {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(invitations, "invitations");
    Objects.requireNonNull(resellers, "resellers");
    Objects.requireNonNull(subscriptions, "subscriptions");
    Objects.requireNonNull(digest, "digest");
  }

  /** A fresh in-memory store, digested by reflection. */
  public static GuardStorage inMemory() {
    InMemoryStore store = new InMemoryStore();
    return new GuardStorage(Storage.of(store), InvitationStorage.of(store),
        ResellerStorage.of(store), SubscriptionStorage.of(store), store.digest());
  }
}
