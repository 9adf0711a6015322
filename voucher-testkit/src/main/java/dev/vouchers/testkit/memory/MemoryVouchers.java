// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import static dev.vouchers.testkit.memory.MemoryState.page;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.domain.NewEvent;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.domain.VoucherSearch;
import dev.vouchers.core.ordering.port.out.CodeImports;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.ordering.port.out.VoucherSearches;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import dev.vouchers.core.programme.port.out.PersonalData;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * O-1..O-5, V-1..V-7: orders and vouchers in memory, with their history, activation e-mails and
 * events written in the same step as each change. Like the JDBC adapter's vouchers it is also
 * the store's search, usage report, import, re-keying and erasure, so a programme built over
 * {@link InMemoryStore#vouchers()} alone finds them ({@code ProgrammeBuilder}'s
 * defaults).
 */
final class MemoryVouchers implements Vouchers, VoucherSearches, UsageReports, CodeImports,
    CodeRekeying, PersonalData {
  private final MemoryState state;
  private final MemorySearches searches;
  private final MemoryCodeImports imports;
  private final MemoryCodeRekeying rekeying;
  private final MemoryPersonalData personalData;

  MemoryVouchers(MemoryState state) {
    this.state = state;
    this.searches = new MemorySearches(state);
    this.imports = new MemoryCodeImports(state, this);
    this.rekeying = new MemoryCodeRekeying(state);
    this.personalData = new MemoryPersonalData(state);
  }

  // ------------------------------------------ the store's other parts, as JdbcVouchers has them

  @Override
  public Page<Voucher> vouchersMatching(VoucherSearch search, PageRequest page) {
    return searches.vouchersMatching(search, page);
  }

  @Override
  public List<Order> ordersMatching(VoucherSearch search, Optional<Cursor> after, int limit) {
    return searches.ordersMatching(search, after, limit);
  }

  @Override
  public Page.Total vouchersOfOrdersMatching(VoucherSearch search) {
    return searches.vouchersOfOrdersMatching(search);
  }

  @Override
  public void usage(UsageQuery query, Consumer<? super UsageRow> sink) {
    searches.usage(query, sink);
  }

  @Override
  public Clashes importOrder(Order order, Consumer<Consumer<Imported>> source, int limit) {
    return imports.importOrder(order, source, limit);
  }

  @Override
  public int rekey(Set<String> from, int limit, Function<StoredCode, Optional<StoredCode>> rekey) {
    return rekeying.rekey(from, limit, rekey);
  }

  @Override
  public Map<String, Long> codesUnder(Set<String> keys) {
    return rekeying.codesUnder(keys);
  }

  @Override
  public ErasureRecord erase(ErasureSubject subject, Instant at, String by) {
    return personalData.erase(subject, at, by);
  }

  @Override
  public int eraseClosed(Instant closedBefore, Instant at, String by, int limit) {
    return personalData.eraseClosed(closedBefore, at, by, limit);
  }

  @Override
  public List<ErasureRecord> erasures(int limit) {
    return personalData.erasures(limit);
  }

  // ---------------------------------------------------------------- orders and vouchers

  @Override
  public Set<CodeDigest> insertOrder(Order order, List<Voucher> newVouchers) {
    List<Voucher> issued = List.copyOf(newVouchers); // read the (maybe lazy) list once
    synchronized (state.lock) {
      if (state.orders.containsKey(order.id())) {
        throw new IllegalStateException("order " + order.id() + " exists already");
      }
      if (state.byNumber.containsKey(order.number())) {
        throw new OrderNumberTaken(order.number()); // M-4: nothing written
      }
      Set<CodeDigest> clashes = new HashSet<>();
      Set<CodeDigest> seen = new HashSet<>();
      for (Voucher voucher : issued) {
        CodeDigest digest = voucher.code().digest();
        if (state.byCode.containsKey(digest) || !seen.add(digest)) {
          clashes.add(digest);
        }
        if (state.vouchers.containsKey(voucher.id())) {
          throw new IllegalStateException("voucher " + voucher.id() + " exists already");
        }
      }
      if (!clashes.isEmpty()) {
        return clashes;
      }
      state.orders.put(order.id(), order);
      state.byNumber.put(order.number(), order.id());
      List<VoucherId> ids = new ArrayList<>(issued.size());
      for (Voucher voucher : issued) {
        state.vouchers.put(voucher.id(), voucher);
        state.byCode.put(voucher.code().digest(), voucher.id());
        ids.add(voucher.id());
      }
      state.byOrder.put(order.id(), ids);
      state.events.append(NewEvent.orderPlaced(order.id().value(), order.partner().value(),
          ids.size(), order.placedAt())); // M-5
      return Set.of();
    }
  }

  @Override
  public Optional<Order> order(OrderId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.orders.get(id));
    }
  }

  @Override
  public Optional<Order> orderByNumber(OrderNumber number) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.byNumber.get(number)).map(state.orders::get);
    }
  }

  @Override
  public Optional<Voucher> voucher(VoucherId id) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.vouchers.get(id));
    }
  }

  @Override
  public Optional<Voucher> voucherByCode(CodeDigest code) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.byCode.get(code)).map(state.vouchers::get);
    }
  }

  @Override
  public Optional<Voucher> voucherByLink(CodeDigest link) {
    synchronized (state.lock) {
      return Optional.ofNullable(state.byLink.get(link)).map(state.vouchers::get)
          .filter(v -> v.assignment().flatMap(Assignment::link).equals(Optional.of(link)));
    }
  }

  @Override
  public List<Voucher> vouchersOf(OrderId order, Optional<VoucherId> after, int limit) {
    return state.allOf(order).stream()
        .filter(v -> after.map(a -> v.id().value().compareTo(a.value()) > 0).orElse(true))
        .limit(limit).toList();
  }

  @Override
  public void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink) {
    state.allOf(order).forEach(v -> sink.accept(new OrderCode(v.code(), v.status(),
        v.configuration(), v.expiresAt())));
  }

  @Override
  public OrderTally tally(OrderId order, Instant asOf) {
    return OrderTally.of(state.allOf(order), asOf);
  }

  @Override
  public Page<Order> orders(OrderFilter filter, PageRequest page) {
    synchronized (state.lock) {
      return page(state.orders.values(), filter::matches, Order::placedAt, o -> o.id().value(),
          page);
    }
  }

  @Override
  public Page<Voucher> vouchers(VoucherFilter filter, PageRequest page) {
    synchronized (state.lock) {
      return page(state.vouchers.values(), filter::matches, Voucher::issuedAt,
          v -> v.id().value(), page);
    }
  }

  @Override
  public boolean update(VoucherUpdate update) {
    synchronized (state.lock) {
      Voucher stored = state.vouchers.get(update.before().id());
      if (stored == null || stored.version() != update.before().version()) {
        return false;
      }
      // G-4: a move never writes the code columns: a code re-keyed meanwhile stays re-keyed
      state.vouchers.put(update.after().id(), update.after().withCode(stored.code()));
      update.after().assignment().flatMap(Assignment::link)
          .ifPresent(link -> state.byLink.put(link, update.after().id()));
      update.history().ifPresent(state::recordMove);
      update.outbox().forEach(state.outbox::add);
      return true;
    }
  }

  @Override
  public boolean cancel(OrderCancellation cancellation) {
    synchronized (state.lock) {
      Order stored = state.orders.get(cancellation.before().id());
      if (stored == null || stored.version() != cancellation.before().version()) {
        return false;
      }
      // V-6: every move decided first (the domain's, as a database applies it in SQL), then
      // written all at once, or nothing when one voucher cannot move or the count differs
      List<VoucherMove> moves = new ArrayList<>();
      for (Voucher voucher : state.allOf(stored.id())) {
        if (OrderCancellation.from().contains(voucher.status())
            && !voucher.isDue(cancellation.at())) {
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
      state.orders.put(cancellation.after().id(), cancellation.after());
      state.events.append(NewEvent.orderCancelled(stored.id().value(), stored.partner().value(),
          moves.size(), cancellation.at())); // M-5
      for (VoucherMove move : moves) {
        state.vouchers.put(move.after().id(), move.after());
        state.recordMove(move.entry());
      }
      return true;
    }
  }

  @Override
  public List<HistoryEntry> history(VoucherId voucher) {
    synchronized (state.lock) {
      return List.copyOf(state.history.getOrDefault(voucher, List.of()));
    }
  }

  @Override
  public List<Expiry> expireDue(Instant now, Actor by, int limit) {
    synchronized (state.lock) {
      List<Voucher> due = state.vouchers.values().stream()
          .filter(v -> v.isDue(now))
          .sorted(Comparator.comparing(Voucher::expiresAt).thenComparing(v -> v.id().value()))
          .limit(limit)
          .toList();
      List<Expiry> expired = new ArrayList<>(due.size());
      for (Voucher voucher : due) {
        VoucherMove move = voucher.expire(by, now).getOrElseThrow(refusal ->
            new IllegalStateException("a due voucher did not expire: " + refusal));
        state.vouchers.put(voucher.id(), move.after());
        state.recordMove(move.entry());
        expired.add(new Expiry(voucher.partner(), move.entry()));
      }
      return expired;
    }
  }

  @Override
  public List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit) {
    synchronized (state.lock) {
      List<HistoryEntry> written = new ArrayList<>();
      for (Voucher voucher : state.allOf(order)) {
        if (written.size() == limit) {
          break;
        }
        if (after.isPresent() && voucher.id().value().compareTo(after.get().value()) <= 0
            || !extension.applies(voucher.status(), voucher.expiresAt())) {
          continue;
        }
        // M-2: an EXPIRED voucher returns to the status its last expiry moved it from
        Optional<VoucherStatus> before = Optional.empty();
        for (HistoryEntry entry : state.history.getOrDefault(voucher.id(), List.of())) {
          if (entry.to() == Transition.EXPIRE.to()) {
            before = Optional.of(entry.from());
          }
        }
        VoucherMove move = extension.move(voucher, before).getOrElseThrow(refusal ->
            new IllegalStateException("an extendable voucher was refused: " + refusal));
        state.vouchers.put(voucher.id(), move.after());
        state.recordMove(move.entry());
        written.add(move.entry());
      }
      return written;
    }
  }

  /** C-4, G-4: the candidates looked up under the lock at once, as one query would. */
  @Override
  public Optional<Voucher> voucherByCode(List<CodeDigest> candidates) {
    synchronized (state.lock) {
      return candidates.stream().map(state.byCode::get).filter(Objects::nonNull).findFirst()
          .map(state.vouchers::get);
    }
  }

  /** C-1: exact here (the codes are held anyway), which is conservative. */
  @Override
  public long codeCount() {
    synchronized (state.lock) {
      return state.byCode.size();
    }
  }
}
