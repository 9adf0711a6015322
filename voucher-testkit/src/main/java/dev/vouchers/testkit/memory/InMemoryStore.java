// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.testkit.guard.StoreDigest;

/**
 * Every storage port in memory, one object per port as {@code JdbcStorage} has them, over one
 * state: one lock guards all of it, so every call is atomic and conditional writes are
 * linearizable (V-7), also where a call writes another context's rows (a move's history,
 * e-mail and event; an erasure across every table). Meant for tests, demos and as the reference
 * a real adapter is compared with; it keeps everything and forgets it all on restart.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * VoucherProgramme programme = VoucherProgramme.builder()
 *     .vouchers(store.vouchers()).partners(store.partners())
 *     .catalog(store.catalog()).mandates(store.mandates())
 *     ...
 *     .build();
 * }</pre>
 */
public final class InMemoryStore {
  private final MemoryState state = new MemoryState();
  private final MemoryVouchers vouchers = new MemoryVouchers(state);
  private final MemoryPartners partners = new MemoryPartners(state);
  private final MemoryCatalog catalog = new MemoryCatalog(state);
  private final MemoryOutbox<ActivationMessage> outbox = new MemoryOutbox<>(state, state.outbox);
  private final MemoryInvitations invitations = new MemoryInvitations(state);
  private final MemoryOutbox<InvitationMessage> invitationOutbox =
      new MemoryOutbox<>(state, state.invitationOutbox);
  private final MemoryResellers resellers = new MemoryResellers(state);
  private final MemorySubscriptions subscriptions = new MemorySubscriptions(state);

  /** An empty store. */
  public InMemoryStore() {}

  /**
   * O-1..O-5, V-1..V-7: orders and vouchers. Like the JDBC adapter's, this object is also the
   * store's {@link VoucherSearches}, {@link UsageReports}, {@link CodeImports},
   * {@link CodeRekeying} and {@link PersonalData}, which a programme built over it finds by
   * default.
   */
  public Vouchers vouchers() {
    return vouchers;
  }

  /** T-1, T-5: partners and their tier changes. */
  public Partners partners() {
    return partners;
  }

  /** P-1, T-2: products and the price book. */
  public Catalog catalog() {
    return catalog;
  }

  /** D-2: the mandates of organisations. */
  public Mandates mandates() {
    return partners;
  }

  /** S-2: the activation e-mails' outbox, written by the vouchers' moves. */
  public Outbox<ActivationMessage> outbox() {
    return outbox;
  }

  /**
   * M-5: the event outbox, written in the same step as each change (orders placed and
   * cancelled, voucher moves, invitations, sub-accounts, reseller applications and links,
   * subscriptions).
   */
  public InMemoryEvents eventOutbox() {
    return state.events;
  }

  /** I-1..I-3: invitations. */
  public Invitations invitations() {
    return invitations;
  }

  /** I-3: the sub-accounts opened by accepted invitations. */
  public SubAccounts subAccounts() {
    return invitations;
  }

  /** I-1: the invitation e-mails' outbox, written by the invitations' moves and resends. */
  public Outbox<InvitationMessage> invitationOutbox() {
    return invitationOutbox;
  }

  /** reseller applications and their discounts. */
  public ResellerApplications resellerApplications() {
    return resellers;
  }

  /** the links of customers to resellers. */
  public CustomerLinks customerLinks() {
    return resellers;
  }

  /** U-1..U-5: subscriptions bought for customers. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** U-1, U-3: the offers subscriptions are bought from. */
  public Offers offers() {
    return subscriptions;
  }

  /** M-3: support searches (the same object as {@link #vouchers()}). */
  public VoucherSearches voucherSearches() {
    return vouchers;
  }

  /** M-6: the usage report (the same object as {@link #vouchers()}). */
  public UsageReports usageReports() {
    return vouchers;
  }

  /** M-1: imports of existing codes (the same object as {@link #vouchers()}). */
  public CodeImports codeImports() {
    return vouchers;
  }

  /** G-4: re-keying of stored codes (the same object as {@link #vouchers()}). */
  public CodeRekeying codeRekeying() {
    return vouchers;
  }

  /** E-1: erasure of personal data (the same object as {@link #vouchers()}). */
  public PersonalData personalData() {
    return vouchers;
  }

  /**
   * L-4, V-3: a digest of everything the store holds, equal exactly when the state is, for a
   * guard that checks that a refused call changed nothing. Reads without the lock: call it
   * only while nothing else uses the store.
   */
  public StoreDigest digest() {
    return StoreDigest.reflective(state);
  }

  /**
   * E-1: everything the store holds, as the text {@link #digest()} hashes, for a test that
   * searches it for data that must be gone. Reads without the lock: call it only while nothing
   * else uses the store.
   *
   * @return the store's state as text
   */
  public String contents() {
    return StoreDigest.rendered(state);
  }
}
