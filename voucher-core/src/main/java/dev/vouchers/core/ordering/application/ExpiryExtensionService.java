// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.out.OrderingEvents;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.AbstractVoucher;
import dev.vouchers.core.voucher.domain.ExpiryExtension;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.ExtendExpiry;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M-2: vendor staff extend the expiry of one voucher (read, decided by the domain, written on
 * an unchanged version, V-7) or of every voucher of an order (set-based, batch by batch, L-2).
 */
final class ExpiryExtensionService implements ExtendExpiry {
  private static final Logger LOG = LoggerFactory.getLogger(ExpiryExtensionService.class);
  /** L-2: vouchers of an order extended per step (and history entries held at once). */
  static final int BATCH = 1_000;

  private final Basics basics;
  private final Vouchers vouchers;
  private final OrderingEvents events;

  ExpiryExtensionService(Basics basics, Vouchers vouchers, OrderingEvents events) {
    this.basics = basics;
    this.vouchers = vouchers;
    this.events = events;
  }

  @Override
  public Either<Refusal, ExpiryExtended> extend(Command command) {
    if (!Access.canExtendExpiry(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "expiries are extended by the vendor's staff"));
    }
    Instant now = basics.now();
    // L-4, V-3: every problem of the input together, before anything is read or written
    List<Reason> reasons = new ArrayList<>();
    if (command.why().isBlank()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "give a reason for the extension"));
    } else {
      Text.checkStripped("the reason", command.why(), Text.FREE_TEXT, Text.Kind.MULTI_LINE)
          .ifPresent(reasons::add);
    }
    reasons.addAll(AbstractVoucher.checkExtension(command.until(), now));
    ExpiryExtension extension = new ExpiryExtension(command.until(), command.principal(),
        command.why().strip(), now);
    if (command.target() instanceof Target.OneVoucher one) {
      return voucher(one.voucher(), extension, reasons);
    }
    Target.WholeOrder whole = (Target.WholeOrder) command.target();
    return vouchers.order(whole.order())
        .<Either<Refusal, ExpiryExtended>>map(order -> order(order, extension, reasons))
        .orElseGet(() -> Either.left(Refusal.notFound("order")));
  }

  /** One voucher: read, decided by the domain, written only on the version read (V-7). */
  private Either<Refusal, ExpiryExtended> voucher(VoucherId id, ExpiryExtension extension,
      List<Reason> inputProblems) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Optional<Voucher> found = vouchers.voucher(id);
      if (found.isEmpty()) {
        return Either.left(Refusal.notFound("voucher"));
      }
      Voucher voucher = found.get();
      Either<Refusal, VoucherMove> move = extension.move(voucher, beforeExpiry(voucher));
      if (!inputProblems.isEmpty() || move.isLeft()) {
        List<Reason> reasons = new ArrayList<>(inputProblems);
        if (move.isLeft()) {
          move.getLeft().reasons().stream().filter(r -> !reasons.contains(r))
              .forEach(reasons::add);
        }
        return Either.left(new Refusal(reasons));
      }
      if (vouchers.update(VoucherUpdate.of(move.get()))) {
        HistoryEntry entry = move.get().entry();
        LOG.info("voucher {}: expiry extended by {} to {} ({} -> {})", id, entry.by(),
            extension.until(), entry.from(), entry.to());
        events.voucherMoved(voucher.partner(), entry);
        return Either.right(new ExpiryExtended(1, extension.until()));
      }
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the voucher kept changing while its expiry was being extended; try again"));
  }

  /**
   * M-2, V-2: the status a voucher written EXPIRED had before: the source of its last
   * {@link Transition#EXPIRE} entry (the history of one voucher is short).
   */
  private Optional<VoucherStatus> beforeExpiry(Voucher voucher) {
    if (voucher.status() != Transition.EXPIRE.to()) {
      return Optional.empty();
    }
    Optional<VoucherStatus> before = Optional.empty();
    for (HistoryEntry entry : vouchers.history(voucher.id())) {
      if (entry.to() == Transition.EXPIRE.to()) {
        before = Optional.of(entry.from());
      }
    }
    return before;
  }

  /**
   * A whole order, L-2: batch by batch, each one atomic and set-based in the store, each
   * batch's events published before the next is read. Vouchers already extended to the new
   * expiry or beyond are not touched again, so an extension cut short (the process dies) is
   * finished by asking again.
   */
  private Either<Refusal, ExpiryExtended> order(Order order, ExpiryExtension extension,
      List<Reason> inputProblems) {
    if (!Access.canRead(extension.by(), order.partner())) {
      return Either.left(Refusal.notFound("order"));
    }
    if (!inputProblems.isEmpty()) {
      return Either.left(new Refusal(inputProblems));
    }
    long extended = 0;
    Optional<VoucherId> after = Optional.empty();
    while (true) {
      List<HistoryEntry> done = vouchers.extendExpiry(order.id(), extension, after,
          BATCH);
      for (HistoryEntry entry : done) {
        events.voucherMoved(order.partner(), entry);
      }
      extended += done.size();
      if (done.size() < BATCH) {
        break;
      }
      after = Optional.of(done.get(done.size() - 1).voucher());
    }
    if (extended == 0) {
      return Either.left(Refusal.of(ReasonCode.MOVE_NOT_ALLOWED, "no voucher of the order is"
          + " VALID, ASSIGNED or EXPIRED with an expiry before " + extension.until()
          + ": nothing was extended"));
    }
    LOG.info("order {}: expiry of {} voucher(s) extended by {} to {}", order.id(), extended,
        extension.by().describe(), extension.until());
    return Either.right(new ExpiryExtended(extended, extension.until()));
  }
}
