// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderTally;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Storage of orders, vouchers and their history. Every write is atomic; conditional writes
 * apply only if what they change is still in the version it was read in, which is how V-7
 * holds on every adapter. {@code VouchersContract} in the testkit pins the behaviour.
 */
public interface Vouchers {

  /**
   * O-4, C-1: stores a new order with all its vouchers, or nothing. When a code is already
   * stored (or repeated within the order), nothing is written and the clashing codes are
   * returned, so the caller can draw new ones.
   *
   * <p>{@code vouchers} may be a lazy view built as it is read (a large order is never held in
   * memory whole): read it in order, once per attempt. Reading it again (a retried
   * transaction, or looking up which codes clashed) yields the same vouchers and codes; only
   * the sealed bytes differ, being sealed afresh.
   *
   * <p>M-4: the order's number is unique in the store: when it is taken, nothing is written
   * and {@link OrderNumberTaken} is thrown, so the caller can draw another.
   *
   * @return the digests of the clashing codes; empty when the order was stored
   * @throws OrderNumberTaken when another stored order has the order's number
   */
  Set<CodeDigest> insertOrder(Order order, List<Voucher> vouchers);

  /** The order, if stored. */
  Optional<Order> order(OrderId id);

  /**
   * M-4, L-1: the order with this short number, if stored, whoever owns it (the caller checks
   * Served by a unique index on the number: one lookup at any size of the store.
   */
  Optional<Order> orderByNumber(OrderNumber number);

  /**
   * M-4, L-1: the short numbers of these orders (of those stored; an unknown id is left out),
   * for views of vouchers, which name their order by its number: one lookup of the orders'
   * keys for a whole page of vouchers, whatever their orders. The default asks
   * {@link #order(OrderId)} for each; stores answer in one query.
   *
   * @param orders the order ids, at most a page's worth
   * @return the number of each stored order among them
   */
  default Map<OrderId, OrderNumber> orderNumbers(Set<OrderId> orders) {
    Map<OrderId, OrderNumber> numbers = new HashMap<>();
    for (OrderId id : orders) {
      order(id).ifPresent(order -> numbers.put(id, order.number()));
    }
    return numbers;
  }

  /** The voucher, if stored. */
  Optional<Voucher> voucher(VoucherId id);

  /** C-4, C-5: the voucher whose code has this keyed digest, if stored. */
  Optional<Voucher> voucherByCode(CodeDigest code);

  /**
   * C-4, G-4: the voucher whose code has one of these keyed digests (the code's digests under
   * each key of the ring, current first: at most one is stored), if stored. Stores look them
   * up in one query, so that a code moved to the current key meanwhile is not missed; the
   * default asks {@link #voucherByCode(CodeDigest)} for each in turn.
   *
   * @param candidates the candidate digests, at least one
   * @return the voucher, if one of them is stored
   */
  default Optional<Voucher> voucherByCode(List<CodeDigest> candidates) {
    for (CodeDigest candidate : candidates) {
      Optional<Voucher> found = voucherByCode(candidate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * G-2: the voucher whose current assignment's link token has this keyed digest, if stored
   * ({@code Assignment.link()}). A resent link is found only by its new token, a withdrawn one
   * not at all.
   */
  Optional<Voucher> voucherByLink(CodeDigest link);

  /**
   * V-6, O-3, L-2: what the order's vouchers add up to at {@code asOf}: how many in each status
   * as seen then (V-4: a due VALID or ASSIGNED voucher counts as EXPIRED) and how many were ever
   * redeemed; computed where the data is, without reading the vouchers into memory. Empty
   * counts for an unknown order.
   */
  OrderTally tally(OrderId order, Instant asOf);

  /**
   * O-3, L-2: one page of an order's vouchers by id: up to {@code limit} of them whose id comes
   * after {@code after} (all from the first when empty), in id order. Served by an index on
   * (order, id): a page costs the same at any depth of any order.
   */
  List<Voucher> vouchersOf(OrderId order, Optional<VoucherId> after, int limit);

  /**
   * S-1: streams the codes of an order's vouchers, by voucher id, in bounded memory: only what
   * an export shows ({@link OrderCode}), not every column of every voucher.
   */
  void forEachCodeOf(OrderId order, Consumer<? super OrderCode> sink);

  /** O-5: a page of orders, newest first (placed time descending, then id ascending). */
  Page<Order> orders(OrderFilter filter, PageRequest page);

  /** O-5: a page of vouchers, newest first (issued time descending, then id ascending). */
  Page<Voucher> vouchers(VoucherFilter filter, PageRequest page);

  /**
   * V-7, V-2, S-2: applies a change of one voucher if its stored version is still the one it
   * was read in, appending the history entry and the outbox messages in the same atomic
   * step.
   *
   * @return whether it applied; false means a concurrent writer came first and nothing was
   *     written
   */
  boolean update(VoucherUpdate update);

  /**
   * V-1, V-7: the redemption of the voucher with this code in one atomic step, for stores that
   * can decide it where the data is (one round trip on PostgreSQL): if the voucher's status is
   * allows {@link dev.vouchers.core.voucher.domain.Transition#REDEEM} at {@code at} (one of its
   * sources, and not expired if that source expires), it becomes REDEEMED as
   * {@link Voucher#markRedeemed} makes it, with its history entry; otherwise nothing changes.
   * The default reads, decides and updates conditionally.
   *
   * @return the redemption, or empty if it was not redeemed (missing, not redeemable, or
   *     changed concurrently): the caller reads it to say why
   */
  default Optional<Redemption> redeem(CodeDigest code, Actor by, Instant at) {
    return redeem(List.of(code), by, at);
  }

  /**
   * V-1, V-7, G-4: {@link #redeem(CodeDigest, Actor, Instant)} of the voucher whose code has
   * one of these keyed digests (its digests under each key of the ring, current first), found
   * and moved in the same one step. The default reads ({@link #voucherByCode(List)}), decides
   * and updates conditionally.
   *
   * @return the redemption, or empty if it was not redeemed (missing, not redeemable, or
   *     changed concurrently): the caller reads it to say why
   */
  default Optional<Redemption> redeem(List<CodeDigest> candidates, Actor by, Instant at) {
    Optional<Voucher> found = voucherByCode(candidates);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var move = found.get().markRedeemed(by, at);
    if (move.isLeft()) {
      return Optional.empty();
    }
    VoucherUpdate update = VoucherUpdate.of(move.get());
    return update(update)
        ? Optional.of(new Redemption(RedeemedVoucher.of(update.after()),
            move.get().entry().from()))
        : Optional.empty();
  }

  /**
   * A redemption done by {@link #redeem}.
   *
   * @param after the voucher after it (REDEEMED), in the parts its answer shows
   * @param from the status it was redeemed from, as its history entry records it
   */
  record Redemption(RedeemedVoucher after, VoucherStatus from) {
    /** Both parts required. */
    public Redemption {
      java.util.Objects.requireNonNull(after, "after");
      java.util.Objects.requireNonNull(from, "from");
    }
  }

  /**
   * V-6, V-7, L-2: applies a whole order cancellation in one atomic step, set-based: the order
   * becomes {@code cancellation.after()} if it is still at the version read, and every voucher
   * of the order whose status is one of {@link OrderCancellation#from()} and whose expiry has
   * not come at {@link OrderCancellation#at()} moves to CANCELLED as
   * {@link OrderCancellation#move} makes it, each with its history entry. If that is not
   * exactly {@link OrderCancellation#vouchers()} vouchers (a concurrent move came first), or
   * the order changed, nothing is written. A voucher moved concurrently is either cancelled
   * here or moved by the other writer, never both. Memory does not grow with the order.
   *
   * @return whether it applied
   */
  boolean cancel(OrderCancellation cancellation);

  /** V-2: a voucher's history in the order it was written. */
  List<HistoryEntry> history(VoucherId voucher);

  /**
   * V-4, V-2, L-2: expires up to {@code limit} vouchers that are due at {@code now} (a status
   * that {@link VoucherStatus#expires}, expiry at or before {@code now}) in one atomic,
   * set-based step: each becomes EXPIRED with the next version and gets the history entry
   * {@link dev.vouchers.core.voucher.domain.AbstractVoucher#expiryEntry} makes. Safe against concurrent
   * moves (a voucher moved meanwhile is not expired) and against other sweeps running at once
   * (a voucher another sweep holds is skipped; none is expired twice). The caller bounds the
   * memory by {@code limit} and loops while a full batch came back.
   *
   * @return the expiries done, at most {@code limit}; empty when none was due
   */
  List<Expiry> expireDue(Instant now, Actor by, int limit);

  /**
   * One voucher expired by {@link #expireDue}.
   *
   * @param partner the partner who owns the voucher
   * @param entry its history entry (EXPIRED)
   */
  record Expiry(dev.vouchers.core.kernel.PartnerId partner, HistoryEntry entry) {
    /** Both parts required. */
    public Expiry {
      java.util.Objects.requireNonNull(partner, "partner");
      java.util.Objects.requireNonNull(entry, "entry");
    }
  }

  /**
   * M-2, V-2, L-2: extends the expiry of the next vouchers of an order in one atomic,
   * set-based step: up to {@code limit} of them whose id comes after {@code after} (all from the
   * first when empty), in id order, that {@link ExpiryExtension#applies} to (a status of
   * {@link dev.vouchers.core.voucher.domain.Transition#extendable()} and an expiry before the
   * new one). Each moves as {@link ExpiryExtension#move} makes it, a voucher written EXPIRED
   * back to the status its last EXPIRE entry of the history moved it from (VALID when none is
   * on record), with the next version and its history entry. The vouchers are held while they
   * are moved, so a concurrent move waits or comes after. The caller bounds the memory by
   * {@code limit} and goes on after the last entry's voucher while a full batch came back.
   *
   * @return the history entries written, in id order; fewer than {@code limit} at the end
   */
  List<HistoryEntry> extendExpiry(OrderId order, ExpiryExtension extension,
      Optional<VoucherId> after, int limit);

  /**
   * C-1, L-1: how many codes are stored, for the capacity question before an order, without
   * counting the store: a count kept with each order in the order's transaction. It is
   * conservative: never fewer than the codes stored (codes never leave the store); it may
   * count more where a store prefers a cheap upper bound.
   */
  long codeCount();
}
