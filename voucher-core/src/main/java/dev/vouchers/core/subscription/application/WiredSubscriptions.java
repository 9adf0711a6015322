// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.application;

import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.port.in.ActivateSubscription;
import dev.vouchers.core.subscription.port.in.BuySubscription;
import dev.vouchers.core.subscription.port.in.CancelSubscription;
import dev.vouchers.core.subscription.port.in.ChangeBillingFrequency;
import dev.vouchers.core.subscription.port.in.ChangeIndirectReseller;
import dev.vouchers.core.subscription.port.in.ChangeSubscriptionQuantity;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.GetSubscription;
import dev.vouchers.core.subscription.port.in.ListOffers;
import dev.vouchers.core.subscription.port.in.ListSubscriptions;
import dev.vouchers.core.subscription.port.in.ReactivateSubscription;
import dev.vouchers.core.subscription.port.in.RenameSubscription;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionUseCases;
import dev.vouchers.core.subscription.port.in.SuspendSubscription;
import dev.vouchers.core.subscription.port.in.SwitchAutoRenew;
import dev.vouchers.core.subscription.port.out.Offers;
import dev.vouchers.core.subscription.port.out.Subscriptions;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The use cases of offers and subscriptions (U-1..U-5), each wired once (ADR 0061). The programme
 * builds it with {@link #over}; its services stay in this package (ADR 0068).
 *
 * @param defineOffer the {@link DefineOffer} use case
 * @param listOffers the {@link ListOffers} use case
 * @param buySubscription the {@link BuySubscription} use case
 * @param activateSubscription the {@link ActivateSubscription} use case
 * @param changeSubscriptionQuantity the {@link ChangeSubscriptionQuantity} use case
 * @param cancelSubscription the {@link CancelSubscription} use case
 * @param switchAutoRenew the {@link SwitchAutoRenew} use case
 * @param changeBillingFrequency the {@link ChangeBillingFrequency} use case
 * @param renameSubscription the {@link RenameSubscription} use case
 * @param changeIndirectReseller the {@link ChangeIndirectReseller} use case
 * @param suspendSubscription the {@link SuspendSubscription} use case
 * @param reactivateSubscription the {@link ReactivateSubscription} use case
 * @param getSubscription the {@link GetSubscription} use case
 * @param listSubscriptions the {@link ListSubscriptions} use case
 * @param renewOrExpireSubscriptions the {@link RenewOrExpireSubscriptions} use case
 */
public record WiredSubscriptions(DefineOffer defineOffer, ListOffers listOffers,
    BuySubscription buySubscription, ActivateSubscription activateSubscription,
    ChangeSubscriptionQuantity changeSubscriptionQuantity,
    CancelSubscription cancelSubscription, SwitchAutoRenew switchAutoRenew,
    ChangeBillingFrequency changeBillingFrequency, RenameSubscription renameSubscription,
    ChangeIndirectReseller changeIndirectReseller, SuspendSubscription suspendSubscription,
    ReactivateSubscription reactivateSubscription, GetSubscription getSubscription,
    ListSubscriptions listSubscriptions, RenewOrExpireSubscriptions renewOrExpireSubscriptions)
    implements SubscriptionUseCases {

  /**
   * Wires the use cases over their storage.
   *
   * @param basics the programme's basics
   * @param partners the partners (U-1: who may sell subscriptions)
   * @param subscriptions the subscriptions' storage
   * @param offers the offers' storage
   * @param changed U-1..U-4: told each history entry written, with the subscription's partner,
   *     after the storage accepted it (the programme publishes it as an event)
   * @param keyed G-3: the purchase under an idempotency key, given the purchase and how to read
   *     one again
   * @return the wired use cases
   */
  public static WiredSubscriptions over(Basics basics, Partners partners,
      Subscriptions subscriptions, Offers offers,
      BiConsumer<PartnerId, SubscriptionHistoryEntry> changed,
      BiFunction<BuySubscription, GetSubscription, BuySubscription> keyed) {
    var subs = new SubscriptionService(basics, partners, subscriptions, offers, changed);
    BuySubscription buy = keyed.apply(subs, subs);
    return new WiredSubscriptions(
        command -> basics.answered(DefineOffer.class, subs.define(command)),
        subs,
        command -> basics.answered(BuySubscription.class, buy.buy(command)),
        command -> basics.answered(ActivateSubscription.class, subs.activate(command)),
        command -> basics.answered(ChangeSubscriptionQuantity.class, subs.change(command)),
        command -> basics.answered(CancelSubscription.class, subs.cancel(command)),
        command -> basics.answered(SwitchAutoRenew.class, subs.switchAutoRenew(command)),
        command -> basics.answered(ChangeBillingFrequency.class, subs.change(command)),
        command -> basics.answered(RenameSubscription.class, subs.rename(command)),
        command -> basics.answered(ChangeIndirectReseller.class, subs.change(command)),
        command -> basics.answered(SuspendSubscription.class, subs.suspend(command)),
        command -> basics.answered(ReactivateSubscription.class, subs.reactivate(command)),
        subs, subs,
        command -> basics.answered(RenewOrExpireSubscriptions.class,
            subs.renewOrExpire(command)));
  }
}
