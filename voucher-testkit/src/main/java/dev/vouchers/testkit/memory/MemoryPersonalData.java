// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * E-1 (ADR 0052): erasure of personal data across every table held, on request and after the
 * retention of closed vouchers and invitations, and the record of each erasure.
 */
final class MemoryPersonalData implements PersonalData {
  private final MemoryState state;

  MemoryPersonalData(MemoryState state) {
    this.state = state;
  }

  private static final String CODE_HOLDER = "customer:";
  private static final String ERASED_HOLDER = CODE_HOLDER + Erased.TEXT;

  @Override
  public ErasureRecord erase(ErasureSubject subject, Instant at, String by) {
    synchronized (state.lock) {
      long rows = subject instanceof ErasureSubject.Address a
          ? eraseAddress(a.address().value(), at)
          : eraseCustomer(((ErasureSubject.Customer) subject).partner(),
              ((ErasureSubject.Customer) subject).name());
      ErasureRecord record = new ErasureRecord(at, by, subject.kind(), rows);
      state.erasures.add(record);
      return record;
    }
  }

  private long eraseAddress(String address, Instant at) {
    long rows = 0;
    for (Voucher voucher : List.copyOf(state.vouchers.values())) {
      if (voucher.assignment().isPresent()
          && voucher.assignment().get().recipient().value().equals(address)) {
        state.vouchers.put(voucher.id(), erased(voucher));
        rows++;
      }
    }
    String holder = CODE_HOLDER + address;
    for (var entries : state.history.values()) {
      rows += rewrite(entries, e -> address.equals(e.data().get("recipient"))
          || holder.equals(e.by()), e -> new HistoryEntry(e.voucher(), e.from(), e.to(),
              e.at(), holder.equals(e.by()) ? ERASED_HOLDER : e.by(), e.why(),
              address.equals(e.data().get("recipient")) ? erasedData(e.data()) : e.data()));
    }
    for (MessageRows.Row<ActivationMessage> row : state.outbox.rows()) {
      if (row.message.recipient().value().equals(address)) {
        eraseOutboxRow(row, at);
        rows++;
      }
    }
    for (Invitation invitation : List.copyOf(state.invitations.values())) {
      if (invitation.recipient().value().equals(address)) {
        state.invitations.put(invitation.id(), erased(invitation));
        rows++;
      }
    }
    for (var entries : state.invitationHistory.values()) {
      rows += rewrite(entries, e -> address.equals(e.data().get("recipient"))
          || holder.equals(e.by()), e -> new InvitationHistoryEntry(e.invitation(), e.from(),
              e.to(), e.at(), holder.equals(e.by()) ? ERASED_HOLDER : e.by(), e.why(),
              address.equals(e.data().get("recipient")) ? erasedData(e.data()) : e.data()));
    }
    for (MessageRows.Row<InvitationMessage> row : state.invitationOutbox.rows()) {
      if (row.message.recipient().value().equals(address)) {
        eraseInvitationRow(row, at);
        rows++;
      }
    }
    for (SubAccount account : List.copyOf(state.subAccounts.values())) {
      if (account.contact().email().value().equals(address)) {
        state.subAccounts.put(account.id(), account.withContact(
            new dev.vouchers.core.subaccount.domain.Contact(Erased.TEXT, Erased.ADDRESS))
            .withVersion(account.version() + 1));
        rows++;
      }
    }
    for (var entries : state.subAccountHistory.values()) {
      rows += rewrite(entries, e -> holder.equals(e.by()), e -> new SubAccountHistoryEntry(
          e.subAccount(), e.at(), ERASED_HOLDER, e.why(), e.data()));
    }
    for (var entries : state.applicationEntries.values()) {
      rows += rewrite(entries, e -> holder.equals(e.by()), e -> new ResellerApplicationEntry(
          e.application(), e.from(), e.to(), e.at(), ERASED_HOLDER, e.why(), e.data()));
    }
    for (var entries : state.subscriptionHistory.values()) {
      rows += rewrite(entries, e -> holder.equals(e.by()), e -> new SubscriptionHistoryEntry(
          e.subscription(), e.change(), e.from(), e.to(), e.at(), ERASED_HOLDER, e.why(),
          e.data()));
    }
    return rows;
  }

  private long eraseCustomer(PartnerId partner, String name) {
    long rows = 0;
    for (Order order : List.copyOf(state.orders.values())) {
      if (order.partner().equals(partner) && order.customerName().equals(Optional.of(name))) {
        state.orders.put(order.id(), new Order(order.id(), order.number(), order.partner(),
            Optional.empty(), Optional.empty(), order.paymentMethod(), order.lines(),
            order.placedAt(), order.placedBy(), order.status(), order.cancelledAt(),
            order.version() + 1));
        rows++;
      }
    }
    return rows;
  }

  /** Replaces the entries that match; how many. */
  private static <T> long rewrite(List<T> entries, Predicate<T> matches, Function<T, T> erase) {
    long rows = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (matches.test(entries.get(i))) {
        entries.set(i, erase.apply(entries.get(i)));
        rows++;
      }
    }
    return rows;
  }

  private Voucher erased(Voucher voucher) {
    Assignment a = voucher.assignment().orElseThrow();
    // a new version, as over JDBC: a write that read the data before loses (V-7)
    return voucher.withAssignment(
        new Assignment(Erased.ADDRESS, Erased.TEXT, a.sentAt(), a.link()))
        .withVersion(voucher.version() + 1);
  }

  private Invitation erased(Invitation invitation) {
    return invitation.withRecipient(Erased.ADDRESS).withMessage(Erased.TEXT)
        .withVersion(invitation.version() + 1);
  }

  private static Map<String, String> erasedData(Map<String, String> data) {
    Map<String, String> erased = new HashMap<>(data);
    erased.computeIfPresent("recipient", (k, v) -> Erased.ADDRESS.value());
    erased.computeIfPresent("message", (k, v) -> Erased.TEXT);
    return Map.copyOf(erased);
  }

  private static String erasedBy(String by) {
    return by.startsWith(CODE_HOLDER) ? ERASED_HOLDER : by;
  }

  private HistoryEntry erased(HistoryEntry e) {
    return new HistoryEntry(e.voucher(), e.from(), e.to(), e.at(), erasedBy(e.by()), e.why(),
        erasedData(e.data()));
  }

  private InvitationHistoryEntry erased(InvitationHistoryEntry e) {
    return new InvitationHistoryEntry(e.invitation(), e.from(), e.to(), e.at(),
        erasedBy(e.by()), e.why(), erasedData(e.data()));
  }

  private static void eraseOutboxRow(MessageRows.Row<ActivationMessage> row, Instant at) {
    ActivationMessage m = row.message;
    row.erase(new ActivationMessage(m.id(), m.voucher(), m.partner(), m.partnerName(),
        Erased.ADDRESS, Erased.TEXT, m.code(), m.redemptionPage(), m.productName(),
        m.expiresAt(), m.language(), m.createdAt(), Optional.empty(),
        m.orderNumber()), at, Erased.TEXT); // M-4: the order number is no personal data
  }

  private static void eraseInvitationRow(MessageRows.Row<InvitationMessage> row, Instant at) {
    InvitationMessage m = row.message;
    row.erase(new InvitationMessage(m.id(), m.invitation(), m.partner(), m.partnerName(),
        Erased.ADDRESS, m.type(), Erased.TEXT, m.token(), m.expiresAt(), m.language(),
        m.createdAt()), at, Erased.TEXT);
  }

  @Override
  public int eraseClosed(Instant closedBefore, Instant at, String by, int limit) {
    synchronized (state.lock) {
      long rows = 0;
      List<HistoryEntry> closings = new ArrayList<>();
      for (Voucher voucher : state.vouchers.values()) {
        List<HistoryEntry> entries = state.history.getOrDefault(voucher.id(), List.of());
        for (HistoryEntry e : entries) {
          if (Erased.closedVoucherStatuses().contains(e.to()) && !e.at().isAfter(closedBefore)
              && !state.erasedClosings.contains(List.of(e.voucher(), e.at(), e.to()))) {
            closings.add(e);
          }
        }
      }
      closings.sort(Comparator.comparing(HistoryEntry::at)
          .thenComparing(e -> e.voucher().value()));
      List<HistoryEntry> batch = closings.subList(0, Math.min(limit, closings.size()));
      for (HistoryEntry closing : batch) {
        state.erasedClosings.add(List.of(closing.voucher(), closing.at(), closing.to()));
        Voucher voucher = state.vouchers.get(closing.voucher());
        if (voucher == null || !Erased.closedVoucherStatuses().contains(voucher.status())) {
          continue;
        }
        if (voucher.assignment().isPresent()
            && !voucher.assignment().get().recipient().equals(Erased.ADDRESS)) {
          state.vouchers.put(voucher.id(), erased(voucher));
          rows++;
        }
        rows += rewrite(state.history.get(voucher.id()), e -> !erased(e).equals(e), this::erased);
        for (MessageRows.Row<ActivationMessage> row : state.outbox.rows()) {
          if (row.message.voucher().equals(voucher.id())
              && !row.message.recipient().equals(Erased.ADDRESS)) {
            eraseOutboxRow(row, at);
            rows++;
          }
        }
      }
      List<InvitationHistoryEntry> invitationClosings = new ArrayList<>();
      for (Invitation invitation : state.invitations.values()) {
        for (InvitationHistoryEntry e : state.invitationHistory.getOrDefault(invitation.id(),
            List.of())) {
          if (e.to().isFinal() && !e.at().isAfter(closedBefore)
              && !state.erasedClosings.contains(List.of(e.invitation(), e.at(), e.to()))) {
            invitationClosings.add(e);
          }
        }
      }
      invitationClosings.sort(Comparator.comparing(InvitationHistoryEntry::at)
          .thenComparing(e -> e.invitation().value()));
      List<InvitationHistoryEntry> invitationBatch =
          invitationClosings.subList(0, Math.min(limit, invitationClosings.size()));
      for (InvitationHistoryEntry closing : invitationBatch) {
        state.erasedClosings.add(List.of(closing.invitation(), closing.at(), closing.to()));
        Invitation invitation = state.invitations.get(closing.invitation());
        if (invitation == null) {
          continue;
        }
        if (!invitation.recipient().equals(Erased.ADDRESS)) {
          state.invitations.put(invitation.id(), erased(invitation));
          rows++;
        }
        rows += rewrite(state.invitationHistory.get(invitation.id()), e -> !erased(e).equals(e),
            this::erased);
        for (MessageRows.Row<InvitationMessage> row : state.invitationOutbox.rows()) {
          if (row.message.invitation().equals(invitation.id())
              && !row.message.recipient().equals(Erased.ADDRESS)) {
            eraseInvitationRow(row, at);
            rows++;
          }
        }
      }
      if (rows > 0) {
        state.erasures.add(new ErasureRecord(at, by, ErasureKind.RETENTION, rows));
      }
      return batch.size() + invitationBatch.size();
    }
  }

  @Override
  public List<ErasureRecord> erasures(int limit) {
    synchronized (state.lock) {
      List<ErasureRecord> newestFirst = new ArrayList<>(state.erasures);
      java.util.Collections.reverse(newestFirst);
      return List.copyOf(newestFirst.subList(0, Math.min(Math.max(0, limit),
          newestFirst.size())));
    }
  }
}
