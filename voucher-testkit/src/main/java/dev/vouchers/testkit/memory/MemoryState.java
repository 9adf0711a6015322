// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every row the in-memory store holds, as the tables of one database: the ports of
 * {@link InMemoryStore} each read and write their part under the one {@link #lock}, so every
 * port call is atomic and conditional writes are linearizable (V-7), also where a call
 * touches another context's rows (an order's events, an erasure across every table).
 */
final class MemoryState {
  final Object lock = new Object();

  // ordering and voucher (O-1..O-5, V-1..V-7)
  final Map<OrderId, Order> orders = new HashMap<>();
  /** M-4: the unique index on the orders' numbers. */
  final Map<OrderNumber, OrderId> byNumber = new HashMap<>();
  final Map<VoucherId, Voucher> vouchers = new HashMap<>();
  final Map<CodeDigest, VoucherId> byCode = new HashMap<>();
  /**
   * G-2: link token digest to voucher, added when a send writes a new link; an entry whose
   * voucher has moved on to another link (or none) is stale and a look-up ignores it.
   */
  final Map<CodeDigest, VoucherId> byLink = new HashMap<>();
  final Map<OrderId, List<VoucherId>> byOrder = new HashMap<>();
  final Map<VoucherId, List<HistoryEntry>> history = new HashMap<>();

  // partner and catalog
  final Map<PartnerId, Partner> partners = new HashMap<>();
  final Map<PartnerId, List<TierChange>> tierChanges = new HashMap<>();
  final Map<ProductId, Product> products = new TreeMap<>(Comparator.comparing(ProductId::value));
  @Nullable PriceBook priceBook;
  final Map<OrganisationId, List<Mandate>> mandates = new HashMap<>();

  // messaging (S-2, I-1, M-5)
  final MessageRows<ActivationMessage> outbox =
      new MessageRows<>(ActivationMessage::id, ActivationMessage::createdAt);
  final MessageRows<InvitationMessage> invitationOutbox =
      new MessageRows<>(InvitationMessage::id, InvitationMessage::createdAt);
  /** M-5: the events of the changes, written with them. */
  final InMemoryEvents events = new InMemoryEvents();

  // sub-accounts (I-1..I-3)
  final Map<InvitationId, Invitation> invitations = new HashMap<>();
  final Map<CodeDigest, InvitationId> invitationTokens = new HashMap<>();
  final Map<InvitationId, List<InvitationHistoryEntry>> invitationHistory = new HashMap<>();
  final Map<SubAccountId, SubAccount> subAccounts = new HashMap<>();
  final Map<SubAccountId, List<SubAccountHistoryEntry>> subAccountHistory = new HashMap<>();

  // reseller programme (R-1, R-2; ADR 0015)
  /** In the order stored: ties of submission time list in that order. */
  final Map<ResellerApplicationId, ResellerApplication> resellerApplications =
      new LinkedHashMap<>();
  final Map<ResellerApplicationId, List<ResellerApplicationEntry>> applicationEntries =
      new HashMap<>();
  final Map<ResellerApplicationId, List<DiscountChange>> discountChanges = new HashMap<>();
  final Map<CustomerId, List<CustomerLink>> customerLinks = new HashMap<>();

  // subscriptions (U-1..U-5)
  final Map<OfferId, Offer> offers = new TreeMap<>(Comparator.comparing(OfferId::value));
  final Map<SubscriptionId, Subscription> subscriptions = new HashMap<>();
  final Map<SubscriptionId, List<SubscriptionHistoryEntry>> subscriptionHistory =
      new HashMap<>();

  // E-1 erasure (ADR 0052)
  final List<ErasureRecord> erasures = new ArrayList<>();
  /** E-1: the closing history entries the automatic erasure has handled (each once). */
  final Set<Object> erasedClosings = new HashSet<>();

  /** The vouchers of an order by id; call it under the lock. */
  List<Voucher> allOf(OrderId order) {
    return byOrder.getOrDefault(order, List.of()).stream()
        .sorted(Comparator.comparing(VoucherId::value)).map(vouchers::get).toList();
  }

  /** V-2, M-5: a voucher's move in its history, and its event, in the same step. */
  void recordMove(HistoryEntry entry) {
    history.computeIfAbsent(entry.voucher(), k -> new ArrayList<>()).add(entry);
    events.append(ChangeEvents.of(entry));
  }

  /**
   * I-1..I-3: applies the move if the invitation is unchanged (its new state, token, history
   * and event); call it under the lock.
   */
  boolean applies(InvitationMove move) {
    Invitation stored = invitations.get(move.before().id());
    if (stored == null || stored.version() != move.before().version()) {
      return false;
    }
    Invitation after = move.after();
    invitationTokens.remove(stored.token());
    invitationTokens.put(after.token(), after.id());
    invitations.put(after.id(), after);
    invitationHistory.computeIfAbsent(after.id(), k -> new ArrayList<>()).add(move.entry());
    events.append(ChangeEvents.of(move.entry())); // M-5
    return true;
  }

  /** the partner's application that is still under way, if any; under the lock. */
  Optional<ResellerApplication> activeApplication(PartnerId partner) {
    return resellerApplications.values().stream()
        .filter(a -> a.partner().equals(partner) && a.status().isActive()).findFirst();
  }

  /**
   * O-5, L-1: one keyset page of the matching rows, newest first, as the SQL adapters page:
   * counted on the first page (up to the cap), the count carried on by the cursor after it.
   */
  static <T> Page<T> page(Iterable<T> rows, Predicate<T> filter, Function<T, Instant> at,
      Function<T, String> id, PageRequest page) {
    List<T> matching = new ArrayList<>();
    rows.forEach(row -> {
      if (filter.test(row)) {
        matching.add(row);
      }
    });
    matching.sort(Comparator.comparing(at).reversed().thenComparing(id));
    Optional<Cursor> after = page.cursor();
    List<T> rowsRead = new ArrayList<>(page.size() + 1);
    for (T row : matching) {
      if (after.isPresent() && !after.get().precedes(at.apply(row), id.apply(row))) {
        continue;
      }
      rowsRead.add(row);
      if (rowsRead.size() > page.size()) {
        break;
      }
    }
    Page.Total total = page.carriedTotal().orElseGet(() -> Page.Total.counted(matching.size()));
    return Page.of(rowsRead, page, at, id, total);
  }
}
