// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A {@link Vouchers} that delegates to a real store but can be told to lose conditional writes
 * (as if a concurrent writer came first), to report code clashes, to claim a huge code count,
 * and that counts what the services asked of it.
 */
final class ScriptedVouchers implements Vouchers {
  private static final long REAL = -1;

  private final Vouchers delegate;
  /** How many of the next {@code update} calls lose (write nothing, answer false). */
  final AtomicInteger losingUpdates = new AtomicInteger();
  /** How many of the next {@code cancel} calls lose. */
  final AtomicInteger losingCancels = new AtomicInteger();
  /** How many of the next {@code insertOrder} calls report the first code as clashing. */
  final AtomicInteger clashingInserts = new AtomicInteger();
  /** M-4: how many of the next {@code insertOrder} calls say the order's number is taken. */
  final AtomicInteger takenNumbers = new AtomicInteger();
  /** M-4: the order numbers of every insertOrder attempt, in call order. */
  final List<OrderNumber> numberAttempts = new CopyOnWriteArrayList<>();
  /** Runs once, before the next update is delegated (a concurrent writer sneaking in). */
  final AtomicReference<Runnable> beforeNextUpdate = new AtomicReference<>();
  /** Runs once, before the next expireDue is delegated (a concurrent writer coming first). */
  final AtomicReference<Runnable> beforeNextSweep = new AtomicReference<>();
  private final AtomicLong codeCount = new AtomicLong(REAL);

  final AtomicInteger updateCalls = new AtomicInteger();
  final AtomicInteger cancelCalls = new AtomicInteger();
  final AtomicInteger codeLookups = new AtomicInteger();
  /** The codes of every insertOrder attempt, in call order. */
  final List<List<StoredCode>> insertAttempts = new CopyOnWriteArrayList<>();

  ScriptedVouchers(Vouchers delegate) {
    this.delegate = delegate;
  }

  void claimCodeCount(long count) {
    codeCount.set(count);
  }

  @Override
  public Set<CodeDigest> insertOrder(Order order, List<Voucher> lazy) {
    List<Voucher> vouchers = List.copyOf(lazy); // read the lazy list once, as a store does
    insertAttempts.add(vouchers.stream().map(Voucher::code).toList());
    numberAttempts.add(order.number());
    if (takenNumbers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new OrderNumberTaken(order.number());
    }
    if (clashingInserts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return Set.of(vouchers.get(0).code().digest());
    }
    return delegate.insertOrder(order, vouchers);
  }

  @Override
  public Optional<Order> order(OrderId id) {
    return delegate.order(id);
  }

  @Override
  public Optional<Order> orderByNumber(OrderNumber number) {
    return delegate.orderByNumber(number);
  }

  @Override
  public List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit) {
    return delegate.extendExpiry(order, extension, after, limit);
  }

  @Override
  public Optional<Voucher> voucher(VoucherId id) {
    return delegate.voucher(id);
  }

  @Override
  public Optional<Voucher> voucherByCode(CodeDigest code) {
    codeLookups.incrementAndGet();
    return delegate.voucherByCode(code);
  }

  @Override
  public Optional<Voucher> voucherByLink(CodeDigest link) {
    return delegate.voucherByLink(link);
  }

  @Override
  public List<Voucher> vouchersOf(OrderId order, Optional<VoucherId> after, int limit) {
    return delegate.vouchersOf(order, after, limit);
  }

  @Override
  public OrderTally tally(OrderId order, Instant asOf) {
    return delegate.tally(order, asOf);
  }

  @Override
  public void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink) {
    delegate.forEachCodeOf(order, sink);
  }

  @Override
  public Page<Order> orders(OrderFilter filter, PageRequest page) {
    return delegate.orders(filter, page);
  }

  @Override
  public Page<Voucher> vouchers(VoucherFilter filter, PageRequest page) {
    return delegate.vouchers(filter, page);
  }

  @Override
  public boolean update(VoucherUpdate update) {
    updateCalls.incrementAndGet();
    Runnable sneak = beforeNextUpdate.getAndSet(null);
    if (sneak != null) {
      sneak.run();
    }
    if (losingUpdates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return false;
    }
    return delegate.update(update);
  }

  @Override
  public boolean cancel(OrderCancellation cancellation) {
    cancelCalls.incrementAndGet();
    if (losingCancels.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return false;
    }
    return delegate.cancel(cancellation);
  }

  @Override
  public List<HistoryEntry> history(VoucherId voucher) {
    return delegate.history(voucher);
  }

  @Override
  public List<Expiry> expireDue(Instant now, dev.vouchers.core.kernel.Actor by, int limit) {
    Runnable first = beforeNextSweep.getAndSet(null);
    if (first != null) {
      first.run();
    }
    return delegate.expireDue(now, by, limit);
  }

  /** A concurrent writer's move of the voucher to RESERVED (a status that does not expire). */
  void reserveBehindTheServicesBack(VoucherId id) {
    Voucher voucher = delegate.voucher(id).orElseThrow();
    if (!delegate.update(new VoucherUpdate(voucher, voucher.withStatus(
        dev.vouchers.core.voucher.domain.VoucherStatus.RESERVED).withVersion(voucher.version() + 1),
        java.util.Optional.empty(), List.of()))) {
      throw new IllegalStateException("the scripted move lost");
    }
  }

  @Override
  public long codeCount() {
    long claimed = codeCount.get();
    return claimed == REAL ? delegate.codeCount() : claimed;
  }
}
