// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

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

/** The use cases of offers and subscriptions, each wired once (ADR 0061). */
record WiredSubscriptions(DefineOffer defineOffer, ListOffers listOffers,
    BuySubscription buySubscription, ActivateSubscription activateSubscription,
    ChangeSubscriptionQuantity changeSubscriptionQuantity,
    CancelSubscription cancelSubscription, SwitchAutoRenew switchAutoRenew,
    ChangeBillingFrequency changeBillingFrequency, RenameSubscription renameSubscription,
    ChangeIndirectReseller changeIndirectReseller, SuspendSubscription suspendSubscription,
    ReactivateSubscription reactivateSubscription, GetSubscription getSubscription,
    ListSubscriptions listSubscriptions, RenewOrExpireSubscriptions renewOrExpireSubscriptions)
    implements SubscriptionUseCases {

  static WiredSubscriptions over(Context context, Subscriptions subscriptions, Offers offers,
      IdempotentUseCases keyed) {
    var subs = new SubscriptionService(context, subscriptions, offers);
    return new WiredSubscriptions(
        command -> context.answered(DefineOffer.class, subs.define(command)),
        subs,
        command -> context.answered(BuySubscription.class, keyed.buy(command, subs::buy, subs)),
        command -> context.answered(ActivateSubscription.class, subs.activate(command)),
        command -> context.answered(ChangeSubscriptionQuantity.class, subs.change(command)),
        command -> context.answered(CancelSubscription.class, subs.cancel(command)),
        command -> context.answered(SwitchAutoRenew.class, subs.switchAutoRenew(command)),
        command -> context.answered(ChangeBillingFrequency.class, subs.change(command)),
        command -> context.answered(RenameSubscription.class, subs.rename(command)),
        command -> context.answered(ChangeIndirectReseller.class, subs.change(command)),
        command -> context.answered(SuspendSubscription.class, subs.suspend(command)),
        command -> context.answered(ReactivateSubscription.class, subs.reactivate(command)),
        subs, subs,
        command -> context.answered(RenewOrExpireSubscriptions.class,
            subs.renewOrExpire(command)));
  }
}
