// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.messaging.domain.ChangeEvents;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.InvitationOutbox;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.domain.Erased;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import dev.vouchers.core.programme.port.out.PersonalData;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerLinkHistory;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.reseller.domain.ResellerApplicationStatus;
import dev.vouchers.core.reseller.port.out.CustomerLinks;
import dev.vouchers.core.reseller.port.out.ResellerApplications;
import dev.vouchers.core.subaccount.domain.Acceptance;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationFilter;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.domain.InvitationMove;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountChange;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.Subscription;
import dev.vouchers.core.subscription.domain.SubscriptionFilter;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionPurchase;
import dev.vouchers.core.subscription.domain.SubscriptionUpdate;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Every storage port in memory. One lock guards all state, so every method is atomic and
 * conditional writes are linearizable (V-7). Meant for tests, demos and as the reference a
 * real adapter is compared with; it keeps everything and forgets it all on restart. The
 * invitation outbox (I-1), whose methods share names with the voucher {@link Outbox}'s, is a
 * view: {@link #invitationOutbox()}.
 */
public final class InMemoryStore implements Vouchers, Partners, Catalog, Mandates, Outbox,
    Invitations, SubAccounts, ResellerApplications, CustomerLinks, Subscriptions, Offers,
    UsageReports, PersonalData, CodeRekeying, VoucherSearches, CodeImports {

  private final Object lock = new Object();
  private final Map<OrderId, Order> orders = new HashMap<>();
  /** M-4: the unique index on the orders' numbers. */
  private final Map<OrderNumber, OrderId> byNumber = new HashMap<>();
  private final Map<VoucherId, Voucher> vouchers = new HashMap<>();
  private final Map<CodeDigest, VoucherId> byCode = new HashMap<>();
  /**
   * G-2: link token digest to voucher, added when a send writes a new link; an entry whose
   * voucher has moved on to another link (or none) is stale and {@link #voucherByLink} ignores it.
   */
  private final Map<CodeDigest, VoucherId> byLink = new HashMap<>();
  private final Map<OrderId, List<VoucherId>> byOrder = new HashMap<>();
  private final Map<VoucherId, List<HistoryEntry>> history = new HashMap<>();
  private final Map<PartnerId, Partner> partners = new HashMap<>();
  private final Map<PartnerId, List<TierChange>> tierChanges = new HashMap<>();
  private final Map<ProductId, Product> products = new TreeMap<>(Comparator.comparing(ProductId::value));
  private @Nullable PriceBook priceBook;
  private final Map<OrganisationId, List<Mandate>> mandates = new HashMap<>();
  private final Map<MessageId, OutboxRow> outbox = new LinkedHashMap<>();
  /** M-5: the events of the changes, written with them. */
  private final InMemoryEvents events = new InMemoryEvents();

  /** How an outbox message ended (S-2, I-1, G-2). */
  private enum Outcome { DELIVERED, DROPPED, PARKED }

  private static final class OutboxRow {
    /** Replaced only by re-keying (G-4), which moves the code it carries to the current key. */
    ActivationMessage message;
    int attempts;
    Instant dueAt;
    /** When it ended (delivered, dropped or parked); null while it is still to deliver. */
    @Nullable Instant deliveredAt;
    @Nullable Outcome outcome;
    @Nullable String lastError;

    OutboxRow(ActivationMessage message) {
      this.message = message;
      this.dueAt = message.createdAt();
    }
  }

  // ---------------------------------------------------------------- Vouchers

  @Override
  public Set<CodeDigest> insertOrder(Order order, List<Voucher> newVouchers) {
    List<Voucher> issued = List.copyOf(newVouchers); // read the (maybe lazy) list once
    synchronized (lock) {
      if (orders.containsKey(order.id())) {
        throw new IllegalStateException("order " + order.id() + " exists already");
      }
      if (byNumber.containsKey(order.number())) {
        throw new OrderNumberTaken(order.number()); // M-4: nothing written
      }
      Set<CodeDigest> clashes = new HashSet<>();
      Set<CodeDigest> seen = new HashSet<>();
      for (Voucher voucher : issued) {
        CodeDigest digest = voucher.code().digest();
        if (byCode.containsKey(digest) || !seen.add(digest)) {
          clashes.add(digest);
        }
        if (vouchers.containsKey(voucher.id())) {
          throw new IllegalStateException("voucher " + voucher.id() + " exists already");
        }
      }
      if (!clashes.isEmpty()) {
        return clashes;
      }
      orders.put(order.id(), order);
      byNumber.put(order.number(), order.id());
      List<VoucherId> ids = new ArrayList<>(issued.size());
      for (Voucher voucher : issued) {
        vouchers.put(voucher.id(), voucher);
        byCode.put(voucher.code().digest(), voucher.id());
        ids.add(voucher.id());
      }
      byOrder.put(order.id(), ids);
      events.append(NewEvent.orderPlaced(order.id().value(), order.partner().value(),
          ids.size(), order.placedAt())); // M-5
      return Set.of();
    }
  }

  /**
   * M-1: the import held in memory (this store keeps everything anyway), checked for repeated
   * and stored codes, then stored like an order.
   */
  @Override
  public Clashes importOrder(Order order, Consumer<Consumer<Imported>> source, int limit) {
    List<Imported> rows = new ArrayList<>();
    source.accept(rows::add);
    synchronized (lock) {
      if (byNumber.containsKey(order.number())) {
        throw new OrderNumberTaken(order.number()); // M-4: nothing written
      }
      Set<CodeDigest> seen = new HashSet<>();
      List<Long> duplicateLines = new ArrayList<>();
      List<Long> clashLines = new ArrayList<>();
      long duplicates = 0;
      long clashes = 0;
      List<Imported> byLine = new ArrayList<>(rows);
      byLine.sort(Comparator.comparingLong(Imported::line));
      for (Imported row : byLine) {
        CodeDigest digest = row.voucher().code().digest();
        if (!seen.add(digest) && ++duplicates <= limit) {
          duplicateLines.add(row.line());
        }
        if (byCode.containsKey(digest) && ++clashes <= limit) {
          clashLines.add(row.line());
        }
      }
      if (duplicates > 0 || clashes > 0) {
        return new Clashes(duplicateLines, duplicates, clashLines, clashes);
      }
      Set<CodeDigest> clashing = insertOrder(order, rows.stream().map(Imported::voucher).toList());
      if (!clashing.isEmpty()) {
        throw new IllegalStateException("checked codes clashed under the lock");
      }
      return Clashes.none();
    }
  }

  @Override
  public Optional<Order> order(OrderId id) {
    synchronized (lock) {
      return Optional.ofNullable(orders.get(id));
    }
  }

  @Override
  public Optional<Order> orderByNumber(OrderNumber number) {
    synchronized (lock) {
      return Optional.ofNullable(byNumber.get(number)).map(orders::get);
    }
  }

  @Override
  public Optional<Voucher> voucher(VoucherId id) {
    synchronized (lock) {
      return Optional.ofNullable(vouchers.get(id));
    }
  }

  @Override
  public Optional<Voucher> voucherByCode(CodeDigest code) {
    synchronized (lock) {
      return Optional.ofNullable(byCode.get(code)).map(vouchers::get);
    }
  }

  @Override
  public Optional<Voucher> voucherByLink(CodeDigest link) {
    synchronized (lock) {
      return Optional.ofNullable(byLink.get(link)).map(vouchers::get)
          .filter(v -> v.assignment().flatMap(Assignment::link).equals(Optional.of(link)));
    }
  }

  /** The vouchers of an order by id (the store holds them all anyway). */
  private List<Voucher> allOf(OrderId order) {
    synchronized (lock) {
      return byOrder.getOrDefault(order, List.of()).stream().sorted(Comparator.comparing(VoucherId::value))
          .map(vouchers::get).toList();
    }
  }

  @Override
  public List<Voucher> vouchersOf(OrderId order, Optional<VoucherId> after, int limit) {
    return allOf(order).stream()
        .filter(v -> after.map(a -> v.id().value().compareTo(a.value()) > 0).orElse(true))
        .limit(limit).toList();
  }

  @Override
  public void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink) {
    allOf(order).forEach(v -> sink.accept(new OrderCode(v.id(), v.code(), v.status(),
        v.configuration(), v.expiresAt())));
  }

  /** M-6: the usage report tallied from the maps (ADR 0050); rows handed over outside the lock. */
  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    List<UsageRow> rows = new ArrayList<>();
    synchronized (lock) {
      InMemoryUsage.report(query, orders, vouchers.values(), history, rows::add);
    }
    rows.forEach(sink);
  }

  /** M-3: the vouchers matching a recipient or last-four search, newest first (ADR 0054). */
  @Override
  public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    synchronized (lock) {
      return page(vouchers.values(), search::matches, Voucher::issuedAt, v -> v.id().value(),
          page);
    }
  }

  /** M-3: the orders matching a customer-name or notes search, newest first, after a position. */
  @Override
  public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    synchronized (lock) {
      return orders.values().stream().filter(search::matches)
          .filter(o -> after.isEmpty() || after.get().precedes(o.placedAt(), o.id().value()))
          .sorted(Comparator.comparing(Order::placedAt).reversed()
              .thenComparing(o -> o.id().value()))
          .limit(limit).toList();
    }
  }

  /** M-3: the vouchers of the matching orders, counted up to the cap. */
  @Override
  public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    synchronized (lock) {
      return Page.Total.counted(orders.values().stream().filter(search::matches)
          .mapToLong(o -> byOrder.getOrDefault(o.id(), List.of()).size()).sum());
    }
  }

  @Override
  public OrderTally tally(OrderId order, Instant asOf) {
    return OrderTally.of(allOf(order), asOf);
  }

  @Override
  public Page<Order> orders(OrderFilter filter, PageRequest page) {
    synchronized (lock) {
      return page(orders.values(), filter::matches, Order::placedAt, o -> o.id().value(), page);
    }
  }

  @Override
  public Page<Voucher> vouchers(VoucherFilter filter, PageRequest page) {
    synchronized (lock) {
      return page(vouchers.values(), filter::matches, Voucher::issuedAt, v -> v.id().value(), page);
    }
  }

  private static <T> Page<T> page(
      Iterable<T> rows, Predicate<T> filter, Function<T, Instant> at, Function<T, String> id,
      PageRequest page) {
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
    // O-5, L-1: counted on the first page (up to the cap), carried on by the cursor after it
    Page.Total total = page.carriedTotal().orElseGet(() -> Page.Total.counted(matching.size()));
    return Page.of(rowsRead, page, at, id, total);
  }

  @Override
  public boolean update(VoucherUpdate update) {
    synchronized (lock) {
      Voucher stored = vouchers.get(update.before().id());
      if (stored == null || stored.version() != update.before().version()) {
        return false;
      }
      // G-4: a move never writes the code columns: a code re-keyed meanwhile stays re-keyed
      vouchers.put(update.after().id(), update.after().withCode(stored.code()));
      update.after().assignment().flatMap(Assignment::link)
          .ifPresent(link -> byLink.put(link, update.after().id()));
      update.history().ifPresent(this::recordMove);
      update.outbox().forEach(message -> outbox.put(message.id(), new OutboxRow(message)));
      return true;
    }
  }

  @Override
  public boolean cancel(OrderCancellation cancellation) {
    synchronized (lock) {
      Order stored = orders.get(cancellation.before().id());
      if (stored == null || stored.version() != cancellation.before().version()) {
        return false;
      }
      // V-6: every move decided first (the domain's, as a database applies it in SQL), then
      // written all at once, or nothing when one voucher cannot move or the count differs
      List<VoucherMove> moves = new ArrayList<>();
      for (Voucher voucher : allOf(stored.id())) {
        if (OrderCancellation.from().contains(voucher.status()) && !voucher.isDue(cancellation.at())) {
          var move = cancellation.move(voucher);
          if (move.isLeft()) {
            return false;
          }
          moves.add(move.get());
        }
      }
      if (moves.size() != cancellation.vouchers()) {
        return false;
      }
      orders.put(cancellation.after().id(), cancellation.after());
      events.append(NewEvent.orderCancelled(stored.id().value(), stored.partner().value(),
          moves.size(), cancellation.at())); // M-5
      for (VoucherMove move : moves) {
        vouchers.put(move.after().id(), move.after());
        recordMove(move.entry());
      }
      return true;
    }
  }

  /** V-2, M-5: a voucher's move in its history, and its event, in the same step. */
  private void recordMove(HistoryEntry entry) {
    history.computeIfAbsent(entry.voucher(), k -> new ArrayList<>()).add(entry);
    events.append(ChangeEvents.of(entry));
  }

  /**
   * M-5: the event outbox, written in the same step as each change (orders placed and
   * cancelled, voucher moves).
   */
  public InMemoryEvents eventOutbox() {
    return events;
  }

  @Override
  public List<HistoryEntry> history(VoucherId voucher) {
    synchronized (lock) {
      return List.copyOf(history.getOrDefault(voucher, List.of()));
    }
  }

  @Override
  public List<Expiry> expireDue(Instant now, Actor by, int limit) {
    synchronized (lock) {
      List<Voucher> due = vouchers.values().stream()
          .filter(v -> v.isDue(now))
          .sorted(Comparator.comparing(Voucher::expiresAt).thenComparing(v -> v.id().value()))
          .limit(limit)
          .toList();
      List<Expiry> expired = new ArrayList<>(due.size());
      for (Voucher voucher : due) {
        VoucherMove move = voucher.expire(by, now).getOrElseThrow(refusal ->
            new IllegalStateException("a due voucher did not expire: " + refusal));
        vouchers.put(voucher.id(), move.after());
        recordMove(move.entry());
        expired.add(new Expiry(voucher.partner(), move.entry()));
      }
      return expired;
    }
  }

  @Override
  public List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit) {
    synchronized (lock) {
      List<HistoryEntry> written = new ArrayList<>();
      for (Voucher voucher : allOf(order)) {
        if (written.size() == limit) {
          break;
        }
        if (after.isPresent() && voucher.id().value().compareTo(after.get().value()) <= 0
            || !extension.applies(voucher.status(), voucher.expiresAt())) {
          continue;
        }
        // M-2: an EXPIRED voucher returns to the status its last expiry moved it from
        Optional<VoucherStatus> before = Optional.empty();
        for (HistoryEntry entry : history.getOrDefault(voucher.id(), List.of())) {
          if (entry.to() == Transition.EXPIRE.to()) {
            before = Optional.of(entry.from());
          }
        }
        VoucherMove move = extension.move(voucher, before).getOrElseThrow(refusal ->
            new IllegalStateException("an extendable voucher was refused: " + refusal));
        vouchers.put(voucher.id(), move.after());
        recordMove(move.entry());
        written.add(move.entry());
      }
      return written;
    }
  }

  /** C-4, G-4: the candidates looked up under the lock at once, as one query would. */
  @Override
  public Optional<Voucher> voucherByCode(List<CodeDigest> candidates) {
    synchronized (lock) {
      return candidates.stream().map(byCode::get).filter(Objects::nonNull).findFirst()
          .map(vouchers::get);
    }
  }

  // ---------------------------------------------------------------- G-4 CodeRekeying

  @Override
  public int rekey(Set<String> from, int limit, Function<StoredCode, Optional<StoredCode>> rekey) {
    synchronized (lock) {
      List<Voucher> claimed = vouchers.values().stream()
          .filter(v -> from.contains(v.code().keyId()) && v.code().retrievable())
          .sorted(Comparator.comparing(v -> v.id().value()))
          .limit(Math.max(1, limit))
          .toList();
      int moved = 0;
      for (Voucher voucher : claimed) {
        Optional<StoredCode> next = rekey.apply(voucher.code());
        if (next.isPresent()) {
          byCode.remove(voucher.code().digest());
          byCode.put(next.get().digest(), voucher.id());
          vouchers.put(voucher.id(), voucher.withCode(next.get()));
          moved++;
        }
      }
      // the activation e-mails carry the voucher's code too
      List<OutboxRow> rows = outbox.values().stream()
          .filter(row -> from.contains(row.message.code().keyId())
              && row.message.code().retrievable())
          .limit(Math.max(0, limit - claimed.size()))
          .toList();
      for (OutboxRow row : rows) {
        Optional<StoredCode> next = rekey.apply(row.message.code());
        if (next.isPresent()) {
          ActivationMessage m = row.message;
          row.message = new ActivationMessage(m.id(), m.voucher(), m.partner(), m.partnerName(),
              m.recipient(), m.personalMessage(), next.get(), m.redemptionPage(),
              m.productName(), m.expiresAt(), m.language(), m.createdAt(), m.link(),
              m.orderNumber());
          moved++;
        }
      }
      return moved;
    }
  }

  @Override
  public Map<String, Long> codesUnder(Set<String> keys) {
    synchronized (lock) {
      Map<String, Long> counts = new TreeMap<>();
      keys.forEach(key -> counts.put(key, 0L));
      vouchers.values().forEach(v -> counts.computeIfPresent(v.code().keyId(), (k, n) -> n + 1));
      outbox.values().forEach(row ->
          counts.computeIfPresent(row.message.code().keyId(), (k, n) -> n + 1));
      return counts;
    }
  }

  /** C-1: exact here (the codes are held anyway), which is conservative. */
  @Override
  public long codeCount() {
    synchronized (lock) {
      return byCode.size();
    }
  }

  // ---------------------------------------------------------------- Partners

  @Override
  public Optional<Partner> partner(PartnerId id) {
    synchronized (lock) {
      return Optional.ofNullable(partners.get(id));
    }
  }

  @Override
  public void save(Partner partner) {
    synchronized (lock) {
      Partner existing = partners.get(partner.id());
      partners.put(partner.id(), existing == null ? partner : partner.withTier(existing.tier()));
    }
  }

  @Override
  public boolean changeTier(TierChange change) {
    synchronized (lock) {
      Partner stored = partners.get(change.partner());
      if (stored == null || !stored.tier().equals(change.from())) {
        return false;
      }
      partners.put(stored.id(), stored.withTier(change.to()));
      tierChanges.computeIfAbsent(stored.id(), k -> new ArrayList<>()).add(change);
      return true;
    }
  }

  @Override
  public List<TierChange> tierHistory(PartnerId id) {
    synchronized (lock) {
      return List.copyOf(tierChanges.getOrDefault(id, List.of()));
    }
  }

  // ---------------------------------------------------------------- Catalog

  @Override
  public Optional<Product> product(ProductId id) {
    synchronized (lock) {
      return Optional.ofNullable(products.get(id));
    }
  }

  @Override
  public List<Product> products() {
    synchronized (lock) {
      return List.copyOf(products.values());
    }
  }

  @Override
  public void save(Product product) {
    synchronized (lock) {
      products.put(product.id(), product);
    }
  }

  @Override
  public Optional<PriceBook> priceBook() {
    synchronized (lock) {
      return Optional.ofNullable(priceBook);
    }
  }

  @Override
  public void publish(PriceBook book) {
    synchronized (lock) {
      this.priceBook = book;
    }
  }

  // ---------------------------------------------------------------- Mandates

  @Override
  public void register(Mandate mandate) {
    synchronized (lock) {
      mandates.computeIfAbsent(mandate.organisation(), k -> new ArrayList<>()).add(mandate);
    }
  }

  @Override
  public List<Mandate> of(OrganisationId organisation) {
    synchronized (lock) {
      return List.copyOf(mandates.getOrDefault(organisation, List.of()));
    }
  }

  // ---------------------------------------------------------------- Outbox

  @Override
  public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
    synchronized (lock) {
      List<OutboxEntry> claimed = new ArrayList<>();
      for (OutboxRow row : outbox.values()) {
        if (claimed.size() == max) {
          break;
        }
        if (row.deliveredAt == null && !row.dueAt.isAfter(now)) {
          claimed.add(new OutboxEntry(row.message, row.attempts));
          row.attempts++;
          row.dueAt = now.plus(lease);
        }
      }
      return claimed;
    }
  }

  @Override
  public boolean delivered(OutboxEntry claimed, Instant at) {
    return settle(claimed, at, Outcome.DELIVERED, null);
  }

  @Override
  public boolean dropped(OutboxEntry claimed, Instant at) {
    return settle(claimed, at, Outcome.DROPPED, null);
  }

  @Override
  public boolean parked(OutboxEntry claimed, Instant at, String error) {
    return settle(claimed, at, Outcome.PARKED, error);
  }

  private boolean settle(OutboxEntry claimed, Instant at, Outcome outcome,
      @Nullable String error) {
    synchronized (lock) {
      OutboxRow row = claimedRow(claimed);
      if (row == null) {
        return false;
      }
      row.deliveredAt = at;
      row.outcome = outcome;
      if (error != null) {
        row.lastError = error;
      }
      return true;
    }
  }

  /** The row if the entry is its latest claim and it is not delivered yet. */
  private @Nullable OutboxRow claimedRow(OutboxEntry claimed) {
    OutboxRow row = outbox.get(claimed.message().id());
    return row != null && row.deliveredAt == null && row.attempts == claimed.attempts() + 1
        ? row : null;
  }

  @Override
  public boolean failed(OutboxEntry claimed, Instant retryAt, String error) {
    synchronized (lock) {
      OutboxRow row = claimedRow(claimed);
      if (row == null) {
        return false;
      }
      row.dueAt = retryAt;
      row.lastError = error;
      return true;
    }
  }

  @Override
  public long backlog() {
    synchronized (lock) {
      return outbox.values().stream().filter(r -> r.deliveredAt == null).count();
    }
  }

  @Override
  public long parkedCount() {
    synchronized (lock) {
      return outbox.values().stream().filter(r -> r.outcome == Outcome.PARKED).count();
    }
  }

  @Override
  public Optional<Instant> oldestUndelivered() {
    synchronized (lock) {
      return outbox.values().stream().filter(r -> r.deliveredAt == null)
          .map(r -> r.message.createdAt()).min(Comparator.naturalOrder());
    }
  }

  // ---------------------------------------------------------------- Invitations (I-1..I-3)

  private final Map<InvitationId, Invitation> invitations = new HashMap<>();
  private final Map<CodeDigest, InvitationId> invitationTokens = new HashMap<>();
  private final Map<InvitationId, List<InvitationHistoryEntry>> invitationHistory =
      new HashMap<>();
  private final Map<SubAccountId, SubAccount> subAccounts = new HashMap<>();
  private final Map<SubAccountId, List<SubAccountHistoryEntry>> subAccountHistory =
      new HashMap<>();
  private final Map<MessageId, InvitationRow> invitationOutbox = new LinkedHashMap<>();
  private final InvitationOutbox invitationOutboxView = new InvitationOutboxView();

  private static final class InvitationRow {
    final InvitationMessage message;
    int attempts;
    Instant dueAt;
    /** When it ended (delivered, dropped or parked); null while it is still to deliver. */
    @Nullable Instant deliveredAt;
    @Nullable Outcome outcome;
    @Nullable String lastError;

    InvitationRow(InvitationMessage message) {
      this.message = message;
      this.dueAt = message.createdAt();
    }
  }

  @Override
  public void insert(InvitationCreated created, InvitationMessage message) {
    Invitation invitation = created.invitation();
    synchronized (lock) {
      if (invitations.containsKey(invitation.id())
          || invitationTokens.containsKey(invitation.token())) {
        throw new IllegalStateException("invitation " + invitation.id() + " or its token exists");
      }
      invitations.put(invitation.id(), invitation);
      invitationTokens.put(invitation.token(), invitation.id());
      invitationHistory.computeIfAbsent(invitation.id(), k -> new ArrayList<>())
          .add(created.entry());
      events.append(ChangeEvents.of(created.entry())); // M-5
      invitationOutbox.put(message.id(), new InvitationRow(message));
    }
  }

  @Override
  public Optional<Invitation> invitation(InvitationId id) {
    synchronized (lock) {
      return Optional.ofNullable(invitations.get(id));
    }
  }

  @Override
  public Optional<Invitation> invitationByToken(CodeDigest token) {
    synchronized (lock) {
      return Optional.ofNullable(invitationTokens.get(token)).map(invitations::get);
    }
  }

  @Override
  public Page<Invitation> invitations(InvitationFilter filter, PageRequest page) {
    synchronized (lock) {
      return page(invitations.values(), filter::matches, Invitation::invitedAt,
          i -> i.id().value(), page);
    }
  }

  @Override
  public boolean update(InvitationMove move, Optional<InvitationMessage> message) {
    synchronized (lock) {
      if (!applies(move)) {
        return false;
      }
      message.ifPresent(m -> invitationOutbox.put(m.id(), new InvitationRow(m)));
      return true;
    }
  }

  /** Applies the move if the invitation is unchanged: its new state, token and history. */
  private boolean applies(InvitationMove move) {
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

  @Override
  public boolean accept(Acceptance acceptance) {
    synchronized (lock) {
      if (subAccounts.containsKey(acceptance.subAccount().id())) {
        throw new IllegalStateException("sub-account " + acceptance.subAccount().id()
            + " exists already");
      }
      if (!applies(acceptance.move())) {
        return false;
      }
      subAccounts.put(acceptance.subAccount().id(), acceptance.subAccount());
      subAccountHistory.computeIfAbsent(acceptance.subAccount().id(), k -> new ArrayList<>())
          .add(acceptance.entry());
      events.append(ChangeEvents.of(acceptance.entry())); // M-5
      return true;
    }
  }

  @Override
  public List<InvitationHistoryEntry> history(InvitationId invitation) {
    synchronized (lock) {
      return List.copyOf(invitationHistory.getOrDefault(invitation, List.of()));
    }
  }

  @Override
  public List<InvitationHistoryEntry> expireDueInvitations(Instant now, Actor by, int limit) {
    synchronized (lock) {
      List<Invitation> due = invitations.values().stream()
          .filter(i -> i.isDue(now))
          .sorted(Comparator.comparing(Invitation::expiresAt).thenComparing(i -> i.id().value()))
          .limit(limit)
          .toList();
      List<InvitationHistoryEntry> expired = new ArrayList<>(due.size());
      for (Invitation invitation : due) {
        InvitationMove move = invitation.expire(by, now).getOrElseThrow(refusal ->
            new IllegalStateException("a due invitation did not expire: " + refusal));
        applies(move);
        expired.add(move.entry());
      }
      return expired;
    }
  }

  // ---------------------------------------------------------------- SubAccounts (I-3)

  @Override
  public Optional<SubAccount> subAccount(SubAccountId id) {
    synchronized (lock) {
      return Optional.ofNullable(subAccounts.get(id));
    }
  }

  @Override
  public Page<SubAccount> subAccounts(PartnerId partner, PageRequest page) {
    synchronized (lock) {
      return page(subAccounts.values(), s -> s.partner().equals(partner),
          SubAccount::createdAt, s -> s.id().value(), page);
    }
  }

  @Override
  public boolean update(SubAccountChange change) {
    synchronized (lock) {
      SubAccount stored = subAccounts.get(change.before().id());
      if (stored == null || stored.version() != change.before().version()) {
        return false;
      }
      subAccounts.put(change.after().id(), change.after());
      subAccountHistory.computeIfAbsent(change.after().id(), k -> new ArrayList<>())
          .add(change.entry());
      events.append(ChangeEvents.of(change.entry())); // M-5
      return true;
    }
  }

  @Override
  public List<SubAccountHistoryEntry> history(SubAccountId subAccount) {
    synchronized (lock) {
      return List.copyOf(subAccountHistory.getOrDefault(subAccount, List.of()));
    }
  }

  // ---------------------------------------------------------------- InvitationOutbox (I-1)

  /** I-1: the invitation outbox, written by {@link #insert} and by resends. */
  public InvitationOutbox invitationOutbox() {
    return invitationOutboxView;
  }

  /** The invitation outbox over this store's state, under its lock. */
  private final class InvitationOutboxView implements InvitationOutbox {
    @Override
    public List<Entry> claim(int max, Instant now, Duration lease) {
      synchronized (lock) {
        List<Entry> claimed = new ArrayList<>();
        for (InvitationRow row : invitationOutbox.values()) {
          if (claimed.size() == max) {
            break;
          }
          if (row.deliveredAt == null && !row.dueAt.isAfter(now)) {
            claimed.add(new Entry(row.message, row.attempts));
            row.attempts++;
            row.dueAt = now.plus(lease);
          }
        }
        return claimed;
      }
    }

    /** The row if the entry is its latest claim and it is not delivered yet. */
    private @Nullable InvitationRow claimedRow(Entry claimed) {
      InvitationRow row = invitationOutbox.get(claimed.message().id());
      return row != null && row.deliveredAt == null && row.attempts == claimed.attempts() + 1
          ? row : null;
    }

    @Override
    public boolean delivered(Entry claimed, Instant at) {
      return settle(claimed, at, Outcome.DELIVERED, null);
    }

    @Override
    public boolean dropped(Entry claimed, Instant at) {
      return settle(claimed, at, Outcome.DROPPED, null);
    }

    @Override
    public boolean parked(Entry claimed, Instant at, String error) {
      return settle(claimed, at, Outcome.PARKED, error);
    }

    private boolean settle(Entry claimed, Instant at, Outcome outcome, @Nullable String error) {
      synchronized (lock) {
        InvitationRow row = claimedRow(claimed);
        if (row == null) {
          return false;
        }
        row.deliveredAt = at;
        row.outcome = outcome;
        if (error != null) {
          row.lastError = error;
        }
        return true;
      }
    }

    @Override
    public boolean failed(Entry claimed, Instant retryAt, String error) {
      synchronized (lock) {
        InvitationRow row = claimedRow(claimed);
        if (row == null) {
          return false;
        }
        row.dueAt = retryAt;
        row.lastError = error;
        return true;
      }
    }

    @Override
    public long backlog() {
      synchronized (lock) {
        return invitationOutbox.values().stream().filter(r -> r.deliveredAt == null).count();
      }
    }

    @Override
    public long parkedCount() {
      synchronized (lock) {
        return invitationOutbox.values().stream().filter(r -> r.outcome == Outcome.PARKED)
            .count();
      }
    }
  }

  // ------------------------------------------------- reseller programme (R-1, R-2; ADR 0015)

  /** In the order stored: ties of submission time list in that order. */
  private final Map<ResellerApplicationId, ResellerApplication> resellerApplications =
      new LinkedHashMap<>();
  private final Map<ResellerApplicationId, List<ResellerApplicationEntry>> applicationEntries =
      new HashMap<>();
  private final Map<ResellerApplicationId, List<DiscountChange>> discountChanges = new HashMap<>();
  private final Map<CustomerId, List<CustomerLink>> customerLinks = new HashMap<>();

  @Override
  public boolean insertApplication(ResellerApplication application) {
    synchronized (lock) {
      if (resellerApplications.containsKey(application.id())) {
        throw new IllegalStateException("application " + application.id() + " exists already");
      }
      if (active(application.partner()).isPresent()) {
        return false;
      }
      resellerApplications.put(application.id(), application);
      events.append(ChangeEvents.submitted(application)); // M-5
      return true;
    }
  }

  @Override
  public Optional<ResellerApplication> application(ResellerApplicationId id) {
    synchronized (lock) {
      return Optional.ofNullable(resellerApplications.get(id));
    }
  }

  @Override
  public Optional<ResellerApplication> activeApplication(PartnerId partner) {
    synchronized (lock) {
      return active(partner);
    }
  }

  private Optional<ResellerApplication> active(PartnerId partner) {
    return resellerApplications.values().stream()
        .filter(a -> a.partner().equals(partner) && a.status().isActive()).findFirst();
  }

  @Override
  public Page<ResellerApplication> applicationsOf(PartnerId partner,
      Set<ResellerApplicationStatus> statuses, PageRequest page) {
    synchronized (lock) {
      return page(resellerApplications.values(), a -> a.partner().equals(partner)
              && (statuses.isEmpty() || statuses.contains(a.status())),
          ResellerApplication::submittedAt, a -> a.id().value(), page);
    }
  }

  @Override
  public Page<ResellerApplication> applicationsWithStatus(Set<ResellerApplicationStatus> statuses,
      PageRequest page) {
    synchronized (lock) {
      return page(resellerApplications.values(),
          a -> statuses.isEmpty() || statuses.contains(a.status()),
          ResellerApplication::submittedAt, a -> a.id().value(), page);
    }
  }

  @Override
  public boolean updateApplication(ResellerApplicationMove move) {
    synchronized (lock) {
      ResellerApplication stored = resellerApplications.get(move.before().id());
      if (stored == null || stored.version() != move.before().version()) {
        return false;
      }
      resellerApplications.put(stored.id(), move.after());
      move.entry().ifPresent(e ->
          applicationEntries.computeIfAbsent(stored.id(), k -> new ArrayList<>()).add(e));
      move.discount().ifPresent(d ->
          discountChanges.computeIfAbsent(stored.id(), k -> new ArrayList<>()).add(d));
      events.append(ChangeEvents.of(move)); // M-5
      return true;
    }
  }

  @Override
  public List<ResellerApplicationEntry> applicationHistory(ResellerApplicationId id) {
    synchronized (lock) {
      return List.copyOf(applicationEntries.getOrDefault(id, List.of()));
    }
  }

  @Override
  public List<DiscountChange> discountHistory(ResellerApplicationId id) {
    synchronized (lock) {
      return List.copyOf(discountChanges.getOrDefault(id, List.of()));
    }
  }

  @Override
  public CustomerLinkHistory linkHistory(CustomerId customer) {
    synchronized (lock) {
      return new CustomerLinkHistory(customer, customerLinks.getOrDefault(customer, List.of()));
    }
  }

  @Override
  public boolean applyLinkChange(LinkChange change) {
    synchronized (lock) {
      List<CustomerLink> stored = customerLinks.getOrDefault(change.customer(), List.of());
      boolean hasCurrent = !stored.isEmpty() && stored.get(stored.size() - 1).isCurrent();
      if (change.ended().isPresent()) {
        CustomerLink ended = change.ended().get();
        if (!hasCurrent || stored.size() != ended.number()
            || !stored.get(stored.size() - 1).reseller().equals(ended.reseller())) {
          return false; // the link to end is no longer the current one
        }
        hasCurrent = false;
      }
      if (change.started().isPresent()
          && (hasCurrent || change.started().get().number() != stored.size() + 1)) {
        return false; // at most one current link; the history moved on
      }
      List<CustomerLink> next = new ArrayList<>(stored);
      change.ended().ifPresent(l -> next.set(l.number() - 1, l));
      change.started().ifPresent(next::add);
      customerLinks.put(change.customer(), next);
      ChangeEvents.of(change).forEach(events::append); // M-5
      return true;
    }
  }

  @Override
  public Page<CustomerLink> currentLinksOf(PartnerId reseller, PageRequest page) {
    synchronized (lock) {
      return page(customerLinks.values().stream().map(l -> l.get(l.size() - 1)).toList(),
          l -> l.isCurrent() && l.reseller().equals(reseller), CustomerLink::from,
          l -> l.customer().value(), page);
    }
  }

  // ---------------------------------------------------------------- Offers (U-1, U-3)
  // U-1..U-5: subscriptions
  private final Map<OfferId, Offer> offers = new TreeMap<>(Comparator.comparing(OfferId::value));
  private final Map<SubscriptionId, Subscription> subscriptions = new HashMap<>();
  private final Map<SubscriptionId, List<SubscriptionHistoryEntry>> subscriptionHistory =
      new HashMap<>();


  @Override
  public Optional<Offer> offer(OfferId id) {
    synchronized (lock) {
      return Optional.ofNullable(offers.get(id));
    }
  }

  @Override
  public List<Offer> offers() {
    synchronized (lock) {
      return List.copyOf(offers.values());
    }
  }

  @Override
  public void save(Offer offer) {
    synchronized (lock) {
      offers.put(offer.id(), offer);
    }
  }

  // ---------------------------------------------------------------- Subscriptions (U-1..U-4)

  @Override
  public void insert(SubscriptionPurchase purchase) {
    Subscription subscription = purchase.subscription();
    synchronized (lock) {
      if (subscriptions.containsKey(subscription.id())) {
        throw new IllegalStateException("subscription " + subscription.id() + " exists already");
      }
      subscriptions.put(subscription.id(), subscription);
      subscriptionHistory.computeIfAbsent(subscription.id(), k -> new ArrayList<>())
          .add(purchase.entry());
      events.append(ChangeEvents.of(purchase.entry())); // M-5
    }
  }

  @Override
  public Optional<Subscription> subscription(SubscriptionId id) {
    synchronized (lock) {
      return Optional.ofNullable(subscriptions.get(id));
    }
  }

  @Override
  public Page<Subscription> subscriptions(SubscriptionFilter filter, PageRequest page) {
    synchronized (lock) {
      return page(subscriptions.values(), filter::matches, Subscription::purchasedAt,
          s -> s.id().value(), page);
    }
  }

  @Override
  public boolean update(SubscriptionUpdate update) {
    synchronized (lock) {
      Subscription stored = subscriptions.get(update.before().id());
      if (stored == null || stored.version() != update.before().version()) {
        return false;
      }
      subscriptions.put(update.after().id(), update.after());
      subscriptionHistory.computeIfAbsent(update.after().id(), k -> new ArrayList<>())
          .addAll(update.entries());
      update.entries().forEach(entry -> events.append(ChangeEvents.of(entry))); // M-5
      return true;
    }
  }

  @Override
  public List<SubscriptionHistoryEntry> history(SubscriptionId subscription) {
    synchronized (lock) {
      return List.copyOf(subscriptionHistory.getOrDefault(subscription, List.of()));
    }
  }

  @Override
  public List<SubscriptionUpdate> settleDue(Instant now, int limit) {
    synchronized (lock) {
      List<Subscription> due = subscriptions.values().stream()
          .filter(s -> s.isDue(now))
          .sorted(Comparator.comparing((Subscription s) -> s.termEndsAt().orElseThrow())
              .thenComparing(s -> s.id().value()))
          .limit(limit)
          .toList();
      List<SubscriptionUpdate> settled = new ArrayList<>(due.size());
      for (Subscription subscription : due) {
        SubscriptionUpdate update = subscription.settleTermEnds(now).getOrElseThrow(refusal ->
            new IllegalStateException("a due subscription was not settled: " + refusal));
        update(update);
        settled.add(update);
      }
      return settled;
    }
  }

  // ---------------------------------------------------------------- E-1 erasure (ADR 0052)

  private final List<ErasureRecord> erasures = new ArrayList<>();
  /** E-1: the closing history entries the automatic erasure has handled (each once). */
  private final Set<Object> erasedClosings = new HashSet<>();

  private static final String CODE_HOLDER = "customer:";
  private static final String ERASED_HOLDER = CODE_HOLDER + Erased.TEXT;

  @Override
  public ErasureRecord erase(ErasureSubject subject, Instant at, String by) {
    synchronized (lock) {
      long rows = subject instanceof ErasureSubject.Address a
          ? eraseAddress(a.address().value(), at)
          : eraseCustomer(((ErasureSubject.Customer) subject).partner(),
              ((ErasureSubject.Customer) subject).name());
      ErasureRecord record = new ErasureRecord(at, by, subject.kind(), rows);
      erasures.add(record);
      return record;
    }
  }

  private long eraseAddress(String address, Instant at) {
    long rows = 0;
    for (Voucher voucher : List.copyOf(vouchers.values())) {
      if (voucher.assignment().isPresent()
          && voucher.assignment().get().recipient().value().equals(address)) {
        vouchers.put(voucher.id(), erased(voucher));
        rows++;
      }
    }
    String holder = CODE_HOLDER + address;
    for (var entries : history.values()) {
      rows += rewrite(entries, e -> address.equals(e.data().get("recipient"))
          || holder.equals(e.by()), e -> new HistoryEntry(e.voucher(), e.from(), e.to(),
              e.at(), holder.equals(e.by()) ? ERASED_HOLDER : e.by(), e.why(),
              address.equals(e.data().get("recipient")) ? erasedData(e.data()) : e.data()));
    }
    for (OutboxRow row : List.copyOf(outbox.values())) {
      if (row.message.recipient().value().equals(address)) {
        eraseOutboxRow(row, at);
        rows++;
      }
    }
    for (Invitation invitation : List.copyOf(invitations.values())) {
      if (invitation.recipient().value().equals(address)) {
        invitations.put(invitation.id(), erased(invitation));
        rows++;
      }
    }
    for (var entries : invitationHistory.values()) {
      rows += rewrite(entries, e -> address.equals(e.data().get("recipient"))
          || holder.equals(e.by()), e -> new InvitationHistoryEntry(e.invitation(), e.from(),
              e.to(), e.at(), holder.equals(e.by()) ? ERASED_HOLDER : e.by(), e.why(),
              address.equals(e.data().get("recipient")) ? erasedData(e.data()) : e.data()));
    }
    for (InvitationRow row : List.copyOf(invitationOutbox.values())) {
      if (row.message.recipient().value().equals(address)) {
        eraseInvitationRow(row, at);
        rows++;
      }
    }
    for (SubAccount account : List.copyOf(subAccounts.values())) {
      if (account.contact().email().value().equals(address)) {
        subAccounts.put(account.id(), account.withContact(
            new dev.vouchers.core.subaccount.domain.Contact(Erased.TEXT, Erased.ADDRESS))
            .withVersion(account.version() + 1));
        rows++;
      }
    }
    for (var entries : subAccountHistory.values()) {
      rows += rewrite(entries, e -> holder.equals(e.by()), e -> new SubAccountHistoryEntry(
          e.subAccount(), e.at(), ERASED_HOLDER, e.why(), e.data()));
    }
    for (var entries : applicationEntries.values()) {
      rows += rewrite(entries, e -> holder.equals(e.by()), e -> new ResellerApplicationEntry(
          e.application(), e.from(), e.to(), e.at(), ERASED_HOLDER, e.why(), e.data()));
    }
    for (var entries : subscriptionHistory.values()) {
      rows += rewrite(entries, e -> holder.equals(e.by()), e -> new SubscriptionHistoryEntry(
          e.subscription(), e.change(), e.from(), e.to(), e.at(), ERASED_HOLDER, e.why(),
          e.data()));
    }
    return rows;
  }

  private long eraseCustomer(PartnerId partner, String name) {
    long rows = 0;
    for (Order order : List.copyOf(orders.values())) {
      if (order.partner().equals(partner) && order.customerName().equals(Optional.of(name))) {
        orders.put(order.id(), new Order(order.id(), order.number(), order.partner(),
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

  private void eraseOutboxRow(OutboxRow row, Instant at) {
    ActivationMessage m = row.message;
    OutboxRow erased = new OutboxRow(new ActivationMessage(m.id(), m.voucher(), m.partner(),
        m.partnerName(), Erased.ADDRESS, Erased.TEXT, m.code(), m.redemptionPage(),
        m.productName(), m.expiresAt(), m.language(), m.createdAt(), Optional.empty(),
        m.orderNumber())); // M-4: the order number is no personal data
    erased.attempts = row.attempts;
    erased.dueAt = row.dueAt;
    erased.deliveredAt = row.deliveredAt == null ? at : row.deliveredAt;
    erased.outcome = row.outcome == null ? Outcome.DROPPED : row.outcome;
    erased.lastError = row.lastError == null ? null : Erased.TEXT;
    outbox.put(m.id(), erased);
  }

  private void eraseInvitationRow(InvitationRow row, Instant at) {
    InvitationMessage m = row.message;
    InvitationRow erased = new InvitationRow(new InvitationMessage(m.id(), m.invitation(),
        m.partner(), m.partnerName(), Erased.ADDRESS, m.type(), Erased.TEXT, m.token(),
        m.expiresAt(), m.language(), m.createdAt()));
    erased.attempts = row.attempts;
    erased.dueAt = row.dueAt;
    erased.deliveredAt = row.deliveredAt == null ? at : row.deliveredAt;
    erased.outcome = row.outcome == null ? Outcome.DROPPED : row.outcome;
    erased.lastError = row.lastError == null ? null : Erased.TEXT;
    invitationOutbox.put(m.id(), erased);
  }

  @Override
  public int eraseClosed(Instant closedBefore, Instant at, String by, int limit) {
    synchronized (lock) {
      long rows = 0;
      List<HistoryEntry> closings = new ArrayList<>();
      for (Voucher voucher : vouchers.values()) {
        List<HistoryEntry> entries = history.getOrDefault(voucher.id(), List.of());
        for (HistoryEntry e : entries) {
          if (Erased.closedVoucherStatuses().contains(e.to()) && !e.at().isAfter(closedBefore)
              && !erasedClosings.contains(List.of(e.voucher(), e.at(), e.to()))) {
            closings.add(e);
          }
        }
      }
      closings.sort(Comparator.comparing(HistoryEntry::at)
          .thenComparing(e -> e.voucher().value()));
      List<HistoryEntry> batch = closings.subList(0, Math.min(limit, closings.size()));
      for (HistoryEntry closing : batch) {
        erasedClosings.add(List.of(closing.voucher(), closing.at(), closing.to()));
        Voucher voucher = vouchers.get(closing.voucher());
        if (voucher == null || !Erased.closedVoucherStatuses().contains(voucher.status())) {
          continue;
        }
        if (voucher.assignment().isPresent()
            && !voucher.assignment().get().recipient().equals(Erased.ADDRESS)) {
          vouchers.put(voucher.id(), erased(voucher));
          rows++;
        }
        rows += rewrite(history.get(voucher.id()), e -> !erased(e).equals(e), this::erased);
        for (OutboxRow row : List.copyOf(outbox.values())) {
          if (row.message.voucher().equals(voucher.id())
              && !row.message.recipient().equals(Erased.ADDRESS)) {
            eraseOutboxRow(row, at);
            rows++;
          }
        }
      }
      List<InvitationHistoryEntry> invitationClosings = new ArrayList<>();
      for (Invitation invitation : invitations.values()) {
        for (InvitationHistoryEntry e : invitationHistory.getOrDefault(invitation.id(),
            List.of())) {
          if (e.to().isFinal() && !e.at().isAfter(closedBefore)
              && !erasedClosings.contains(List.of(e.invitation(), e.at(), e.to()))) {
            invitationClosings.add(e);
          }
        }
      }
      invitationClosings.sort(Comparator.comparing(InvitationHistoryEntry::at)
          .thenComparing(e -> e.invitation().value()));
      List<InvitationHistoryEntry> invitationBatch =
          invitationClosings.subList(0, Math.min(limit, invitationClosings.size()));
      for (InvitationHistoryEntry closing : invitationBatch) {
        erasedClosings.add(List.of(closing.invitation(), closing.at(), closing.to()));
        Invitation invitation = invitations.get(closing.invitation());
        if (invitation == null) {
          continue;
        }
        if (!invitation.recipient().equals(Erased.ADDRESS)) {
          invitations.put(invitation.id(), erased(invitation));
          rows++;
        }
        rows += rewrite(invitationHistory.get(invitation.id()), e -> !erased(e).equals(e),
            this::erased);
        for (InvitationRow row : List.copyOf(invitationOutbox.values())) {
          if (row.message.invitation().equals(invitation.id())
              && !row.message.recipient().equals(Erased.ADDRESS)) {
            eraseInvitationRow(row, at);
            rows++;
          }
        }
      }
      if (rows > 0) {
        erasures.add(new ErasureRecord(at, by, ErasureKind.RETENTION, rows));
      }
      return batch.size() + invitationBatch.size();
    }
  }

  @Override
  public List<ErasureRecord> erasures(int limit) {
    synchronized (lock) {
      List<ErasureRecord> newestFirst = new ArrayList<>(erasures);
      java.util.Collections.reverse(newestFirst);
      return List.copyOf(newestFirst.subList(0, Math.min(Math.max(0, limit),
          newestFirst.size())));
    }
  }
}
