// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The "buy a subscription" form as the browser posts it (U-1): customer, offer, licences, term,
 * billing frequency, auto-renew (on unless switched off), nickname and indirect reseller.
 */
public final class SubscriptionForm {
  private String customer = "";
  private String offer = "";
  private @Nullable Integer quantity = 1;
  private SubscriptionTerm term = SubscriptionTerm.MONTHLY;
  private BillingFrequency billingFrequency = BillingFrequency.MONTHLY;
  private boolean autoRenew = true;
  private String nickname = "";
  private String indirectReseller = "";

  /** The library's request; the library names every problem of it. */
  SubscriptionRequest toRequest() {
    return new SubscriptionRequest(customer, offer, quantity == null ? 0 : quantity, term,
        billingFrequency, autoRenew, Optional.of(nickname), Optional.of(indirectReseller));
  }

  /** The customer's id as typed. */
  public String getCustomer() {
    return customer;
  }

  /** Sets the customer's id. */
  public void setCustomer(@Nullable String customer) {
    this.customer = customer == null ? "" : customer;
  }

  /** The offer's id. */
  public String getOffer() {
    return offer;
  }

  /** Sets the offer's id. */
  public void setOffer(@Nullable String offer) {
    this.offer = offer == null ? "" : offer;
  }

  /** The number of licences; empty when not given. */
  public @Nullable Integer getQuantity() {
    return quantity;
  }

  /** Sets the number of licences. */
  public void setQuantity(@Nullable Integer quantity) {
    this.quantity = quantity;
  }

  /** Monthly or annual. */
  public SubscriptionTerm getTerm() {
    return term;
  }

  /** Sets the term. */
  public void setTerm(@Nullable SubscriptionTerm term) {
    this.term = term == null ? SubscriptionTerm.MONTHLY : term;
  }

  /** How often it is billed. */
  public BillingFrequency getBillingFrequency() {
    return billingFrequency;
  }

  /** Sets the billing frequency. */
  public void setBillingFrequency(@Nullable BillingFrequency billingFrequency) {
    this.billingFrequency = billingFrequency == null ? BillingFrequency.MONTHLY
        : billingFrequency;
  }

  /** Whether terms renew at their end (U-4); on by default. */
  public boolean isAutoRenew() {
    return autoRenew;
  }

  /** Switches auto-renew. */
  public void setAutoRenew(boolean autoRenew) {
    this.autoRenew = autoRenew;
  }

  /** The nickname, empty for none. */
  public String getNickname() {
    return nickname;
  }

  /** Sets the nickname. */
  public void setNickname(@Nullable String nickname) {
    this.nickname = nickname == null ? "" : nickname;
  }

  /** The indirect reseller's partner id, empty for none. */
  public String getIndirectReseller() {
    return indirectReseller;
  }

  /** Sets the indirect reseller. */
  public void setIndirectReseller(@Nullable String indirectReseller) {
    this.indirectReseller = indirectReseller == null ? "" : indirectReseller;
  }
}
