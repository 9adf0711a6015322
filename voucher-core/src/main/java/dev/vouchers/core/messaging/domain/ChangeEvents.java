// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.LinkChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerApplicationMove;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * M-5: the event of each recorded change, from the record the store writes anyway (a history
 * entry, a link change): one definition for every adapter, so that the in-memory store and the
 * JDBC adapter write the same events. The stores call these where they write the history rows,
 * in the same step.
 */
public final class ChangeEvents {
  private ChangeEvents() {}

  /** V-1, V-2: a voucher's move. */
  public static NewEvent of(HistoryEntry entry) {
    return NewEvent.voucherMoved(entry.voucher().value(), entry.from().name(),
        entry.to().name(), entry.at());
  }

  /** I-1, I-2: an invitation created or moved. */
  public static NewEvent of(InvitationHistoryEntry entry) {
    return NewEvent.moved(AggregateType.INVITATION, entry.invitation().value(),
        entry.from().map(Enum::name), entry.to().name(), Optional.empty(), entry.at());
  }

  /** I-3: a sub-account created or changed. */
  public static NewEvent of(SubAccountHistoryEntry entry) {
    return NewEvent.subAccountChanged(entry.subAccount().value(), entry.at());
  }

  /** an application submitted. */
  public static NewEvent submitted(ResellerApplication application) {
    return NewEvent.moved(AggregateType.RESELLER_APPLICATION, application.id().value(),
        Optional.empty(), application.status().name(), Optional.empty(),
        application.submittedAt());
  }

  /** an application's move: its entry, or (a discount change alone) its new status. */
  public static NewEvent of(ResellerApplicationMove move) {
    if (move.entry().isPresent()) {
      ResellerApplicationEntry entry = move.entry().get();
      return NewEvent.moved(AggregateType.RESELLER_APPLICATION, entry.application().value(),
          Optional.of(entry.from().name()), entry.to().name(), Optional.empty(), entry.at());
    }
    DiscountChange discount = move.discount().orElseThrow();
    return NewEvent.moved(AggregateType.RESELLER_APPLICATION, move.after().id().value(),
        Optional.of(move.before().status().name()), move.after().status().name(),
        Optional.of("DISCOUNT_CHANGED"), discount.at());
  }

  /** the link a change ends and the one it starts, in that order. */
  public static List<NewEvent> of(LinkChange change) {
    List<NewEvent> events = new ArrayList<>(2);
    change.ended().ifPresent(l -> events.add(NewEvent.customerLink(l.customer().value(),
        l.reseller().value(), l.number(), false, l.until().orElseThrow())));
    change.started().ifPresent(l -> events.add(NewEvent.customerLink(l.customer().value(),
        l.reseller().value(), l.number(), true, l.from())));
    return events;
  }

  /** U-1..U-4: a subscription's change. */
  public static NewEvent of(SubscriptionHistoryEntry entry) {
    return NewEvent.moved(AggregateType.SUBSCRIPTION, entry.subscription().value(),
        Optional.of(entry.from().name()), entry.to().name(),
        Optional.of(entry.change().name()), entry.at());
  }
}
