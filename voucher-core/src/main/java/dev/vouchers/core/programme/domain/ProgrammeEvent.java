// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.subscription.domain.SubscriptionChange;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import dev.vouchers.core.subscription.domain.SubscriptionStatus;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Something the programme did or refused, told to {@code ProgrammeEvents} after the storage
 * accepted the change: for application events and metrics. An event is a notification, not
 * the record: the history (V-2) and the outbox (S-2) are written with the change itself,
 * events are not, so a listener may miss one if the process dies right after the write.
 */
public sealed interface ProgrammeEvent {

  /** When it happened, as the programme's clock read it. */
  Instant at();

  /**
   * O-4: an order was stored with all its vouchers.
   *
   * @param order the order
   * @param partner the ordering partner
   * @param vouchers how many vouchers it issued
   * @param at the purchase time
   */
  record OrderPlaced(OrderId order, PartnerId partner, int vouchers, Instant at)
      implements ProgrammeEvent {
    /** Every part required. */
    public OrderPlaced {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * V-6: an order was cancelled as a whole: this one event stands for every voucher of the
   * order moving to CANCELLED (from VALID or ASSIGNED, each recorded in its history); no
   * {@link VoucherMoved} is published per voucher (L-2: an order may have a million).
   *
   * @param order the order
   * @param partner the partner who owns it
   * @param vouchers how many vouchers were cancelled
   * @param at when it was cancelled
   */
  record OrderCancelled(OrderId order, PartnerId partner, int vouchers, Instant at)
      implements ProgrammeEvent {
    /** Every part required. */
    public OrderCancelled {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * V-1, V-2: a voucher moved; one event per history entry written (send, resend and withdraw
   * of the activation link, organisation activation, certificate request, redemption, reissue,
   * expiry); an order's cancellation publishes one {@link OrderCancelled} instead. Changes that
   * write no history entry (a comment, a domain-control challenge issued or decided) publish
   * none. {@code from} may equal {@code to} (a resent
   * link: ASSIGNED to ASSIGNED).
   *
   * @param voucher the voucher
   * @param partner the partner who owns it
   * @param from the status before (as the history entry records it)
   * @param to the status after
   * @param at when it moved
   */
  record VoucherMoved(
      VoucherId voucher, PartnerId partner, VoucherStatus from, VoucherStatus to, Instant at)
      implements ProgrammeEvent {
    /** Every part required. */
    public VoucherMoved {
      Objects.requireNonNull(voucher, "voucher");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(at, "at");
    }

    /** The event for a history entry of a voucher of {@code partner}. */
    public static VoucherMoved of(PartnerId partner, HistoryEntry entry) {
      return new VoucherMoved(entry.voucher(), partner, entry.from(), entry.to(), entry.at());
    }
  }

  /**
   * U-1..U-4: a subscription changed; one event per history entry written: bought, activated
   * (billing starts: the shop's cue to invoice), licences, settings, suspension, cancellation,
   * and each term end written (renewed or expired, {@code at} the term end).
   *
   * @param subscription the subscription
   * @param partner the partner who owns it
   * @param change what changed
   * @param from the status before
   * @param to the status after (the same for changes that keep it)
   * @param at when it happened
   */
  record SubscriptionChanged(
      SubscriptionId subscription, PartnerId partner, SubscriptionChange change,
      SubscriptionStatus from, SubscriptionStatus to, Instant at) implements ProgrammeEvent {
    /** Every part required. */
    public SubscriptionChanged {
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(at, "at");
    }

    /** The event for a history entry of a subscription of {@code partner}. */
    public static SubscriptionChanged of(PartnerId partner, SubscriptionHistoryEntry entry) {
      return new SubscriptionChanged(entry.subscription(), partner, entry.change(), entry.from(),
          entry.to(), entry.at());
    }
  }

  /**
   * V-3: a use case that changes state answered with a refusal; nothing was changed. Tag
   * metrics by {@link Refusal#codes()}.
   *
   * @param useCase the simple name of the use case interface, e.g. {@code "MarkRedeemed"}
   * @param refusal the refusal as the caller received it
   * @param at when it was refused
   */
  record Refused(String useCase, Refusal refusal, Instant at) implements ProgrammeEvent {
    /** Every part required. */
    public Refused {
      Objects.requireNonNull(useCase, "useCase");
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(at, "at");
    }
  }
}
