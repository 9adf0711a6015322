// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionRequest;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON request bodies of the subscription endpoints (U-1..U-5), read like {@link Bodies}:
 * every member nullable as read, a missing required member or a term, billing frequency,
 * duration or link that cannot be read answers 400 naming them; what the library checks itself
 * (licence ranges, offered terms, link schemes, lengths) it refuses with its own reasons.
 */
public final class SubscriptionBodies {
  private SubscriptionBodies() {}

  /**
   * An offer (U-1, U-3), defined by the partner manager.
   *
   * @param name the offer's name (required)
   * @param publisher the publisher (required)
   * @param terms {@code MONTHLY} and/or {@code ANNUAL} (required)
   * @param billingFrequencies {@code MONTHLY} and/or {@code ANNUAL} (required)
   * @param monthlyCancellationWindow ISO-8601 duration (default {@code PT72H})
   * @param annualCancellationWindow ISO-8601 duration (default {@code P7D})
   * @param maxQuantity the most licences of one subscription (default 10,000)
   */
  public record OfferBody(@Nullable String name, @Nullable String publisher,
      @Nullable List<@Nullable String> terms, @Nullable List<@Nullable String> billingFrequencies,
      @Nullable String monthlyCancellationWindow, @Nullable String annualCancellationWindow,
      @Nullable Integer maxQuantity) {

    /** The offer, or 400 naming every missing member or what makes it no offer. */
    Offer offer(OfferId id) {
      Bodies.Missing missing = new Bodies.Missing();
      missing.check(name, "name");
      missing.check(publisher, "publisher");
      missing.check(terms, "terms");
      missing.check(billingFrequencies, "billingFrequencies");
      missing.throwIfAny();
      var builder = Offer.builder().id(id).name(Objects.requireNonNull(name))
          .publisher(Objects.requireNonNull(publisher));
      for (String term : Objects.requireNonNull(terms)) {
        builder.addTerms(parseTerm(term, "terms"));
      }
      for (String billing : Objects.requireNonNull(billingFrequencies)) {
        builder.addBillingFrequencies(parseBillingFrequency(billing, "billingFrequencies"));
      }
      if (monthlyCancellationWindow != null) {
        builder.monthlyCancellationWindow(
            duration(monthlyCancellationWindow, "monthlyCancellationWindow"));
      }
      if (annualCancellationWindow != null) {
        builder.annualCancellationWindow(
            duration(annualCancellationWindow, "annualCancellationWindow"));
      }
      if (maxQuantity != null) {
        builder.maxQuantity(maxQuantity);
      }
      try {
        return builder.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw Problems.malformed("not an offer: " + e.getMessage());
      }
    }
  }

  /**
   * A subscription bought for a customer (U-1).
   *
   * @param customer the customer's id (required)
   * @param offer the offer's id (required)
   * @param quantity the number of licences (required)
   * @param term {@code MONTHLY} or {@code ANNUAL} (required)
   * @param billingFrequency {@code MONTHLY} or {@code ANNUAL} (required)
   * @param autoRenew whether terms renew at their end (default {@code true}, U-4)
   * @param nickname the partner's nickname for it (optional)
   * @param indirectReseller the indirect reseller's partner id (optional)
   */
  public record SubscriptionBody(@Nullable String customer, @Nullable String offer,
      @Nullable Integer quantity, @Nullable String term, @Nullable String billingFrequency,
      @Nullable Boolean autoRenew, @Nullable String nickname, @Nullable String indirectReseller) {

    /** The library's request, or 400 naming every missing member. */
    SubscriptionRequest request() {
      Bodies.Missing missing = new Bodies.Missing();
      missing.check(customer, "customer");
      missing.check(offer, "offer");
      missing.check(quantity, "quantity");
      missing.check(term, "term");
      missing.check(billingFrequency, "billingFrequency");
      missing.throwIfAny();
      return new SubscriptionRequest(Objects.requireNonNull(customer),
          Objects.requireNonNull(offer), Objects.requireNonNull(quantity),
          parseTerm(Objects.requireNonNull(term), "term"),
          parseBillingFrequency(Objects.requireNonNull(billingFrequency), "billingFrequency"),
          autoRenew == null || autoRenew, Optional.ofNullable(nickname),
          Optional.ofNullable(indirectReseller));
    }
  }

  /**
   * The publisher's confirmation (U-2).
   *
   * @param publisherLink the publisher's personalised link, absolute http(s) (required)
   * @param authorisationCode the code that identifies the purchase (required)
   * @param licencesAssigned the licences are assigned (required)
   * @param accountSetUp the customer's account is set up (required)
   */
  public record ActivationBody(@Nullable String publisherLink, @Nullable String authorisationCode,
      @Nullable Boolean licencesAssigned, @Nullable Boolean accountSetUp) {

    /** Every member, or 400 naming the missing ones. */
    void requireAll() {
      Bodies.Missing missing = new Bodies.Missing();
      missing.check(publisherLink, "publisherLink");
      missing.check(authorisationCode, "authorisationCode");
      missing.check(licencesAssigned, "licencesAssigned");
      missing.check(accountSetUp, "accountSetUp");
      missing.throwIfAny();
    }

    /** The link as a URI; 400 when it cannot be read as one. */
    URI link() {
      try {
        return new URI(Objects.requireNonNull(publisherLink).strip());
      } catch (URISyntaxException e) {
        throw Problems.malformed("publisherLink is not a URI");
      }
    }
  }

  /**
   * A number of licences (U-3).
   *
   * @param quantity the new number (required)
   * @param why the reason, for the history (optional)
   */
  public record QuantityBody(@Nullable Integer quantity, @Nullable String why) {}

  /**
   * Auto-renew on or off (U-4).
   *
   * @param autoRenew {@code true} to renew at term end, {@code false} to expire (required)
   * @param why the reason, for the history (optional)
   */
  public record AutoRenewBody(@Nullable Boolean autoRenew, @Nullable String why) {}

  /**
   * A billing frequency (U-1).
   *
   * @param billingFrequency {@code MONTHLY} or {@code ANNUAL} (required)
   * @param why the reason, for the history (optional)
   */
  public record BillingFrequencyBody(@Nullable String billingFrequency, @Nullable String why) {}

  /**
   * A nickname.
   *
   * @param nickname the new nickname; blank removes it (required)
   */
  public record NicknameBody(@Nullable String nickname) {}

  /**
   * An indirect reseller (U-1).
   *
   * @param indirectReseller the reseller's partner id; blank removes it (required)
   */
  public record IndirectResellerBody(@Nullable String indirectReseller) {}

  /**
   * A run of the subscription sweep (U-4).
   *
   * @param limit the most subscriptions to settle (default 100)
   */
  public record SweepBody(@Nullable Integer limit) {}

  /** A term by name, any case; 400 naming the allowed ones. */
  static SubscriptionTerm parseTerm(@Nullable String raw, String member) {
    return parse(raw, member, SubscriptionTerm.class);
  }

  /** A billing frequency by name, any case; 400 naming the allowed ones. */
  static BillingFrequency parseBillingFrequency(@Nullable String raw, String member) {
    return parse(raw, member, BillingFrequency.class);
  }

  private static <E extends Enum<E>> E parse(@Nullable String raw, String member,
      Class<E> type) {
    try {
      if (raw != null) {
        return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw Problems.malformed(member + " must be one of " + EnumSet.allOf(type));
  }

  private static Duration duration(String raw, String member) {
    try {
      return Duration.parse(raw.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw Problems.malformed(member + " must be an ISO-8601 duration such as PT72H or P7D");
    }
  }
}
