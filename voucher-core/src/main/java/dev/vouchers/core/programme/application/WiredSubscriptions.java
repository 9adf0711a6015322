// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.partner.port.out.Partners;
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

  static WiredSubscriptions over(Basics basics, Partners partners, Subscriptions subscriptions,
      Offers offers,
      IdempotentUseCases keyed) {
    var subs = new SubscriptionService(basics, partners, subscriptions, offers);
    return new WiredSubscriptions(
        command -> basics.answered(DefineOffer.class, subs.define(command)),
        subs,
        command -> basics.answered(BuySubscription.class, keyed.buy(command, subs::buy, subs)),
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
