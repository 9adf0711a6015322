// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.AbstractSubscription.Settled;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one way a {@link Subscription} changes (U-2..U-5): every change of
 * {@link AbstractSubscription} is decided here, on the subscription as it stands (term ends
 * applied, U-4), with every reason it is refused.
 */
final class SubscriptionMove {
  private SubscriptionMove() {}

  /**
   * U-2, U-3, V-3: the change decided on the subscription as it stands at {@code now} (term
   * ends applied, U-4), or every reason it is refused: not permitted (U-5), not allowed in the
   * current status (U-2), and the change's own checks. The update records the due term ends
   * first, then the change.
   *
   * @param self the subscription as stored
   * @param to the new status, or null to keep it
   */
  static Either<Refusal, SubscriptionUpdate> decide(
      Subscription self, boolean permitted, Instant now,
      Function<Subscription, List<Reason>> checks,
      Set<SubscriptionStatus> from, SubscriptionChange kind,
      @org.jspecify.annotations.Nullable SubscriptionStatus to, Actor by, String why,
      Function<Subscription, Map<String, String>> data, UnaryOperator<Subscription> apply) {
    Settled settled = self.settle(now);
    Subscription current = settled.subscription();
    List<Reason> reasons = new ArrayList<>();
    if (!permitted) {
      reasons.add(Reason.of(ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED,
          by instanceof Actor.PartnerUser user && user.role() == PartnerRole.SALES_AGENT
              ? "a sales agent buys subscriptions but does not change them: ask an admin agent"
              : "a subscription is " + describe(kind) + " by the partner's admin or admin agent"
                  + (kind == SubscriptionChange.SUSPENDED || kind == SubscriptionChange.REACTIVATED
                      ? " or the vendor's staff" : "")));
    }
    SubscriptionStatus target = to == null ? current.status() : to;
    if (!from.contains(current.status()) || !kind.fits(current.status(), target)) {
      reasons.add(Reason.of(ReasonCode.SUBSCRIPTION_MOVE_NOT_ALLOWED,
          "a " + current.status() + " subscription cannot be " + describe(kind)));
    }
    reasons.addAll(checks.apply(current));
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    Subscription changed = apply.apply(current);
    Subscription after = (changed.status() == target ? changed : changed.withStatus(target))
        .withVersion(self.version() + 1);
    List<SubscriptionHistoryEntry> entries = new ArrayList<>(settled.termEnds());
    entries.add(new SubscriptionHistoryEntry(self.id(), kind, current.status(), target, now,
        by.describe(), why, data.apply(current)));
    return Either.right(new SubscriptionUpdate(self, after, entries));
  }

  private static String describe(SubscriptionChange kind) {
    return switch (kind) {
      case ACTIVATED -> "activated";
      case QUANTITY_CHANGED -> "given another number of licences";
      case AUTO_RENEW_SWITCHED -> "switched to another auto-renew setting";
      case BILLING_FREQUENCY_CHANGED -> "billed at another frequency";
      case NICKNAME_CHANGED -> "renamed";
      case INDIRECT_RESELLER_CHANGED -> "given another indirect reseller";
      case SUSPENDED -> "suspended";
      case REACTIVATED -> "reactivated";
      case CANCELLED -> "cancelled";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
