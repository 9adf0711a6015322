// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.testkit.memory.InMemoryStore;

/**
 * A fresh, empty set of the sub-account storage adapters (I-1..I-3) sharing one database (or
 * one memory), as the invitation contract suites need them. Outbox rows written by
 * {@link Invitations#insert} and {@link Invitations#update} must be visible to
 * {@link #outbox()}, and sub-accounts created by {@link Invitations#accept} to
 * {@link #subAccounts()}.
 *
 * @param invitations invitation storage
 * @param subAccounts sub-account storage
 * @param outbox the invitation outbox's delivery side
 */
public record InvitationStorage(
    Invitations invitations, SubAccounts subAccounts, Outbox<InvitationMessage> outbox) {

  /** The in-memory store's adapters. */
  public static InvitationStorage of(InMemoryStore store) {
    return new InvitationStorage(store.invitations(), store.subAccounts(), store.invitationOutbox());
  }
}
