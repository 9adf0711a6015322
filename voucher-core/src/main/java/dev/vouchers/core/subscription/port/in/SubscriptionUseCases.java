// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

/**
 * The use cases of offers and the subscriptions bought for customers (U-1..U-5), as one programme
 * hands them out ({@code programme.subscriptions()}). Each is wired once; the state-changing ones
 * publish their refusals (V-3).
 */
public interface SubscriptionUseCases {
  /** U-1, U-3: the partner manager defines offers. */
  DefineOffer defineOffer();

  /** U-1: the offers partners buy subscriptions of. */
  ListOffers listOffers();

  /** U-1. */
  BuySubscription buySubscription();

  /** U-2. */
  ActivateSubscription activateSubscription();

  /** U-3. */
  ChangeSubscriptionQuantity changeSubscriptionQuantity();

  /** U-3. */
  CancelSubscription cancelSubscription();

  /** U-4. */
  SwitchAutoRenew switchAutoRenew();

  /** U-5. */
  ChangeBillingFrequency changeBillingFrequency();

  /** U-5. */
  RenameSubscription renameSubscription();

  /** U-1. */
  ChangeIndirectReseller changeIndirectReseller();

  /** U-2. */
  SuspendSubscription suspendSubscription();

  /** U-2. */
  ReactivateSubscription reactivateSubscription();

  /** U-2, U-4. */
  GetSubscription getSubscription();

  /** U-1, U-4. */
  ListSubscriptions listSubscriptions();

  /** U-4: the sweep. */
  RenewOrExpireSubscriptions renewOrExpireSubscriptions();
}
