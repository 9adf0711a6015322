// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Ids;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Text;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * U-1: what a partner's user asks for when buying a subscription for a customer, as typed into
 * the shop. {@link #validate} checks it against the offer and names every problem at once.
 * Auto-renew is on unless switched off ({@link #of} and {@link #withAutoRenew}).
 *
 * @param customer the customer's id as typed
 * @param offer the offer's id as typed
 * @param quantity the number of licences
 * @param term monthly or annual
 * @param billingFrequency how often it is billed (an annual term monthly or annually, a monthly
 *     term monthly)
 * @param autoRenew whether each term renews at its end (U-4)
 * @param nickname an optional nickname (blank: none)
 * @param indirectReseller the indirect reseller's partner id as typed (blank: none)
 */
public record SubscriptionRequest(
    String customer, String offer, int quantity, SubscriptionTerm term,
    BillingFrequency billingFrequency, boolean autoRenew, Optional<String> nickname,
    Optional<String> indirectReseller) {

  /** The longest nickname. */
  public static final int MAX_NICKNAME = 100;

  /** The typed parts are required (they may still be blank: validation names that). */
  public SubscriptionRequest {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(billingFrequency, "billingFrequency");
    Objects.requireNonNull(nickname, "nickname");
    Objects.requireNonNull(indirectReseller, "indirectReseller");
  }

  /** A request with auto-renew on (the default), no nickname and no indirect reseller. */
  public static SubscriptionRequest of(
      String customer, String offer, int quantity, SubscriptionTerm term,
      BillingFrequency billingFrequency) {
    return new SubscriptionRequest(customer, offer, quantity, term, billingFrequency, true,
        Optional.empty(), Optional.empty());
  }

  /** The same request with auto-renew on or off. */
  public SubscriptionRequest withAutoRenew(boolean on) {
    return new SubscriptionRequest(customer, offer, quantity, term, billingFrequency, on,
        nickname, indirectReseller);
  }

  /** The same request with a nickname. */
  public SubscriptionRequest withNickname(String name) {
    return new SubscriptionRequest(customer, offer, quantity, term, billingFrequency, autoRenew,
        Optional.of(name), indirectReseller);
  }

  /** The same request with an indirect reseller. */
  public SubscriptionRequest withIndirectReseller(String partner) {
    return new SubscriptionRequest(customer, offer, quantity, term, billingFrequency, autoRenew,
        nickname, Optional.of(partner));
  }

  /**
   * A request that passed {@link #validate}.
   *
   * @param customer the customer
   * @param offer the offer as it stands now
   * @param quantity 1..the offer's maximum
   * @param term an offered term
   * @param billingFrequency an offered frequency that fits the term
   * @param autoRenew whether terms renew
   * @param nickname trimmed nickname
   * @param indirectReseller the indirect reseller
   */
  public record Valid(
      CustomerId customer, Offer offer, int quantity, SubscriptionTerm term,
      BillingFrequency billingFrequency, boolean autoRenew, Optional<String> nickname,
      Optional<PartnerId> indirectReseller) {}

  /** U-1: every problem of the request, or the checked request. */
  public Validation<Seq<Reason>, Valid> validate(Function<OfferId, Optional<Offer>> offers) {
    List<Reason> reasons = new ArrayList<>();
    Optional<CustomerId> customerId = id(customer, "customer id", reasons).map(CustomerId::new);
    Optional<Offer> found = Optional.empty();
    Optional<String> offerId = id(offer, "offer id", reasons);
    if (offerId.isPresent()) {
      found = offers.apply(new OfferId(offerId.get()));
      if (found.isEmpty()) {
        reasons.add(Reason.of(ReasonCode.OFFER_UNKNOWN, "no offer has the id " + offerId.get()));
      }
    }
    if (found.isPresent()) {
      reasons.addAll(found.get().check(term, billingFrequency));
      reasons.addAll(found.get().checkQuantity(quantity));
    } else if (quantity < 1) {
      reasons.add(Reason.of(ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE,
          "the number of licences must be at least 1, got " + quantity));
    }
    Optional<String> name = checkNickname(nickname, reasons);
    Optional<PartnerId> reseller = checkIndirectReseller(indirectReseller, reasons);
    if (!reasons.isEmpty() || customerId.isEmpty() || found.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(reasons));
    }
    return Validation.valid(new Valid(customerId.get(), found.get(), quantity, term,
        billingFrequency, autoRenew, name, reseller));
  }

  /** A nickname trimmed (blank: none), or a reason when it is too long. */
  public static Optional<String> checkNickname(Optional<String> nickname, List<Reason> reasons) {
    Optional<String> name = nickname.map(String::strip).filter(n -> !n.isEmpty());
    Optional<Reason> problem = name.flatMap(n ->
        Text.check("the nickname", n, MAX_NICKNAME, Text.Kind.SINGLE_LINE));
    if (problem.isPresent()) {
      reasons.add(problem.get());
      return Optional.empty();
    }
    return name;
  }

  /** An indirect reseller's partner id as typed (blank: none), or a reason when malformed. */
  public static Optional<PartnerId> checkIndirectReseller(
      Optional<String> typed, List<Reason> reasons) {
    return typed.map(String::strip).filter(r -> !r.isEmpty())
        .flatMap(r -> id(r, "indirect reseller id", reasons)).map(PartnerId::new);
  }

  private static Optional<String> id(String typed, String what, List<Reason> reasons) {
    String value = typed.strip();
    if (value.isEmpty() || value.length() > Ids.MAX_LENGTH) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          what + " must be 1.." + Ids.MAX_LENGTH + " characters"));
      return Optional.empty();
    }
    Optional<Reason> problem = checkId(what, value);
    if (problem.isPresent()) {
      reasons.add(problem.get());
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * L-4: why an id (customer, offer, partner) as given cannot be stored, if it cannot: one
   * line of 1..64 storable characters.
   *
   * @param what the field's name, e.g. {@code "customer id"}
   * @param value the id's value
   * @return a short reason naming the field, never echoing the value
   */
  public static Optional<Reason> checkId(String what, String value) {
    if (value.isBlank()) {
      return Optional.of(Reason.of(ReasonCode.INVALID_INPUT,
          what + " must be 1.." + Ids.MAX_LENGTH + " characters"));
    }
    return Text.check(what, value, Ids.MAX_LENGTH, Text.Kind.SINGLE_LINE);
  }
}
