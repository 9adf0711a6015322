// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * R-2: every link a customer had with a reseller, oldest first, and the decisions about its
 * next link: who may link it to which reseller, transfer it, or unlink it. A customer has at
 * most one reseller at a time; an ended link keeps when it ended and who ended it.
 *
 * <p>Who acts ({@link ResellerAccess}): the shop's sign-up service links a new customer to the
 * reseller it chose ({@link LinkOrigin#SIGN_UP}); a reseller's admins move a customer without
 * a reseller into their own console ({@link LinkOrigin#TRANSFER}) and may release their own
 * customers; vendor support links, moves a customer from one reseller to another, and unlinks
 * ({@link LinkOrigin#SUPPORT}). A-1: a reseller's users never learn whose customer another
 * reseller's customer is, and a customer that is not theirs is answered like a missing id.
 *
 * @param customer the customer
 * @param links its links, numbered 1..n, oldest first
 */
public record CustomerLinkHistory(CustomerId customer, List<CustomerLink> links) {
  /** How long the reason for ending a link may be. */
  public static final int MAX_REASON = 2_000;

  /** Copies the links; they must be the customer's, numbered 1..n, not overlapping. */
  public CustomerLinkHistory {
    Objects.requireNonNull(customer, "customer");
    links = List.copyOf(links);
    for (int i = 0; i < links.size(); i++) {
      CustomerLink link = links.get(i);
      if (!link.customer().equals(customer) || link.number() != i + 1) {
        throw new IllegalArgumentException("the links of " + customer + " are numbered 1.."
            + links.size() + " in order; got " + link.customer() + " #" + link.number());
      }
      if (i + 1 < links.size() && (link.isCurrent()
          || links.get(i + 1).from().isBefore(link.until().get()))) {
        throw new IllegalArgumentException("links of " + customer + " overlap at #" + (i + 1));
      }
    }
  }

  /** A customer that never had a reseller. */
  public static CustomerLinkHistory none(CustomerId customer) {
    return new CustomerLinkHistory(customer, List.of());
  }

  /** R-2: the current link, if the customer has a reseller now. */
  public Optional<CustomerLink> current() {
    return links.isEmpty() ? Optional.empty()
        : Optional.of(links.get(links.size() - 1)).filter(CustomerLink::isCurrent);
  }

  /** R-2: the link in force at {@code at}, if the customer had a reseller then. */
  public Optional<CustomerLink> at(Instant at) {
    return links.stream().filter(l -> l.inForceAt(at)).reduce((first, second) -> second);
  }

  /** A-1: the links the principal may see (a reseller's users: their own only). */
  public List<CustomerLink> visibleTo(Actor principal) {
    return links.stream().filter(l -> ResellerAccess.canSee(principal, l)).toList();
  }

  /**
   * R-2: the reseller discount for a purchase at {@code at}: the reseller the customer belonged
   * to then, with the discount in force then; empty if the customer had no reseller then. A
   * link applies from its start on, never to earlier purchases.
   *
   * @param discounts a reseller's discount changes, oldest first
   */
  public Optional<ResellerDiscount> discountAt(
      Instant at, Function<PartnerId, List<DiscountChange>> discounts) {
    return at(at).map(link -> new ResellerDiscount(link.reseller(),
        DiscountChange.percentAt(discounts.apply(link.reseller()), at), link.from()));
  }

  /**
   * R-2: links the customer to an approved reseller, from {@code now} on. The sign-up service
   * and a reseller's admins link only a customer without a reseller; vendor support also moves
   * a customer from its current reseller to another (the old link ends where the new one
   * starts). Refused with every reason that applies.
   *
   * @param resellerApproved whether {@code reseller} is an approved reseller
   */
  public Either<Refusal, LinkChange> link(
      PartnerId reseller, boolean resellerApproved, Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    LinkOrigin origin = LinkOrigin.SUPPORT;
    if (ResellerAccess.canAssignCustomers(by)) {
      origin = LinkOrigin.SUPPORT;
    } else if (ResellerAccess.canSignUpCustomers(by)) {
      origin = LinkOrigin.SIGN_UP;
    } else if (by instanceof Actor.PartnerUser user) {
      if (!user.partner().equals(reseller)) {
        // A-1: another partner is answered like a missing one
        return Either.left(Refusal.notFound("reseller"));
      }
      origin = LinkOrigin.TRANSFER;
      if (!ResellerAccess.canManageOwnCustomers(by, reseller)) {
        reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
            "only the reseller's admins move customers into its console"));
      }
    } else {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "customers are linked at sign-up, by the reseller's admins or by vendor support"));
    }
    if (!resellerApproved) {
      reasons.add(Reason.of(ReasonCode.RESELLER_NOT_APPROVED,
          reseller + " is not an approved reseller"));
    }
    Optional<CustomerLink> current = current();
    if (current.isPresent()) {
      if (current.get().reseller().equals(reseller)) {
        reasons.add(Reason.of(ReasonCode.CUSTOMER_HAS_RESELLER,
            "the customer is linked to " + reseller + " already"));
      } else if (origin != LinkOrigin.SUPPORT) {
        // A-1: never say whose customer it is
        reasons.add(Reason.of(ReasonCode.CUSTOMER_HAS_RESELLER,
            "the customer has a reseller already; vendor support can move it"));
      }
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    Optional<CustomerLink> ended = current.map(l -> l.ended(now, by.describe(),
        "moved to reseller " + reseller));
    Instant from = ended.flatMap(CustomerLink::until).orElse(now);
    return Either.right(new LinkChange(customer, ended, Optional.of(CustomerLink.started(
        customer, links.size() + 1, reseller, origin, from, by.describe()))));
  }

  /**
   * R-2: ends the customer's current link from {@code now} on: by vendor support, by the
   * shop (a service), or by the reseller's admins for their own customer. Refused with every
   * reason that applies; a reseller's users are answered "not found" for a customer that is
   * not currently theirs (A-1).
   */
  public Either<Refusal, LinkChange> unlink(Actor by, Instant now, String why) {
    List<Reason> reasons = new ArrayList<>();
    Optional<CustomerLink> current = current();
    if (by instanceof Actor.PartnerUser user) {
      if (current.isEmpty() || !current.get().reseller().equals(user.partner())) {
        return Either.left(Refusal.notFound("customer"));
      }
      if (!ResellerAccess.canManageOwnCustomers(by, user.partner())) {
        reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
            "only the reseller's admins release its customers"));
      }
    } else if (!ResellerAccess.canAssignCustomers(by) && !ResellerAccess.canSignUpCustomers(by)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "customers are unlinked by vendor support, the shop or the reseller's admins"));
    }
    if (current.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.CUSTOMER_HAS_NO_RESELLER, "the customer has no reseller"));
    }
    String reason = why.strip();
    if (reason.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "unlinking says why in 1.." + MAX_REASON + " characters"));
    } else {
      Text.check("the reason", reason, MAX_REASON, Text.Kind.MULTI_LINE).ifPresent(reasons::add);
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return Either.right(new LinkChange(customer,
        Optional.of(current.get().ended(now, by.describe(), reason)), Optional.empty()));
  }

  /** The history after the change (as a store that applied it would read it back). */
  public CustomerLinkHistory with(LinkChange change) {
    if (!change.customer().equals(customer)) {
      throw new IllegalArgumentException("a change of " + change.customer() + ", not " + customer);
    }
    List<CustomerLink> next = new ArrayList<>(links);
    change.ended().ifPresent(l -> next.set(l.number() - 1, l));
    change.started().ifPresent(next::add);
    return new CustomerLinkHistory(customer, next);
  }
}
