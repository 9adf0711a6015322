// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.SubscriptionActivation;
import dev.vouchers.core.subscription.domain.SubscriptionHistoryEntry;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.RenewOrExpireSubscriptions;
import dev.vouchers.core.subscription.port.in.SubscriptionDetails;
import dev.vouchers.core.subscription.port.in.SubscriptionView;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of subscriptions and offers (U-1..U-5), built from the library's results like
 * {@link Json}: instants in UTC at microsecond precision, absent values {@code null}, enums by
 * name. The authorisation code of an activation is a credential of the purchase and is never
 * answered.
 */
public final class SubscriptionJson {
  private SubscriptionJson() {}

  /**
   * A publisher's offer (U-1, U-3).
   *
   * @param id the offer id
   * @param name its name
   * @param publisher the publisher that activates its subscriptions (U-2)
   * @param terms the terms it is sold for, {@code MONTHLY} and/or {@code ANNUAL}
   * @param billingFrequencies how often it may be billed
   * @param monthlyCancellationWindow U-3: the window of a monthly term (ISO-8601 duration)
   * @param annualCancellationWindow U-3: the window of an annual term (ISO-8601 duration)
   * @param maxQuantity the most licences of one subscription
   */
  public record OfferJson(String id, String name, String publisher, List<String> terms,
      List<String> billingFrequencies, String monthlyCancellationWindow,
      String annualCancellationWindow, int maxQuantity) {
    static OfferJson of(Offer offer) {
      return new OfferJson(offer.id().value(), offer.name(), offer.publisher(),
          offer.terms().stream().sorted().map(SubscriptionTerm::name).toList(),
          offer.billingFrequencies().stream().sorted().map(BillingFrequency::name).toList(),
          offer.monthlyCancellationWindow().toString(),
          offer.annualCancellationWindow().toString(), offer.maxQuantity());
    }
  }

  /**
   * A subscription as seen now: every passed term end applied, renewed or expired, before any
   * sweep has written it (U-4).
   *
   * @param id its id
   * @param partner the partner that bought it
   * @param customer the customer it was bought for
   * @param offer the offer id
   * @param offerName the offer's name
   * @param publisher the offer's publisher
   * @param quantity the number of licences
   * @param term {@code MONTHLY} or {@code ANNUAL}
   * @param billingFrequency {@code MONTHLY} or {@code ANNUAL}
   * @param autoRenew whether the term renews at its end (U-4)
   * @param nickname the partner's nickname for it
   * @param indirectReseller the indirect reseller's partner id
   * @param status {@code PENDING_ACTIVATION}, {@code ACTIVE}, {@code SUSPENDED}, {@code
   *     CANCELLED} or {@code EXPIRED}, as of now
   * @param purchasedAt when it was bought: the first cancellation window opened then (U-3)
   * @param activation the publisher's confirmation, once activated (U-2)
   * @param termNumber the current term, from 1; 0 before the activation
   * @param termStartedAt when the current term began
   * @param termEndsAt when it ends, and renews or expires
   * @param cancellationWindowClosesAt while the cancellation window is open, when it closes:
   *     until then licences may be removed and the subscription cancelled (U-3)
   */
  public record SubscriptionViewJson(String id, String partner, String customer, String offer,
      String offerName, String publisher, int quantity, String term, String billingFrequency,
      boolean autoRenew, @Nullable String nickname, @Nullable String indirectReseller,
      String status, Instant purchasedAt, @Nullable ActivationJson activation, int termNumber,
      @Nullable Instant termStartedAt, @Nullable Instant termEndsAt,
      @Nullable Instant cancellationWindowClosesAt) {
    static SubscriptionViewJson of(SubscriptionView s) {
      return new SubscriptionViewJson(s.id().value(), s.partner().value(), s.customer().value(),
          s.offer().value(), s.offerName(), s.publisher(), s.quantity(), s.term().name(),
          s.billingFrequency().name(), s.autoRenew(), s.nickname().orElse(null),
          s.indirectReseller().map(r -> r.value()).orElse(null), s.status().name(),
          Json.micros(s.purchasedAt()), s.activation().map(ActivationJson::of).orElse(null),
          s.termNumber(), s.termStartedAt().map(Json::micros).orElse(null),
          s.termEndsAt().map(Json::micros).orElse(null),
          s.cancellationWindowClosesAt().map(Json::micros).orElse(null));
    }
  }

  /**
   * The publisher's confirmation (U-2); the authorisation code is not answered.
   *
   * @param publisherLink the publisher's personalised link
   * @param billingStartedAt when billing, and the first term, started
   */
  public record ActivationJson(URI publisherLink, Instant billingStartedAt) {
    static ActivationJson of(SubscriptionActivation activation) {
      return new ActivationJson(activation.publisherLink(),
          Json.micros(activation.billingStartedAt()));
    }
  }

  /**
   * A subscription with its history (U-2).
   *
   * @param subscription the subscription as seen now
   * @param history every entry, oldest first, with the passed term ends not yet written (U-4)
   */
  public record SubscriptionDetailsJson(SubscriptionViewJson subscription,
      List<HistoryJson> history) {
    static SubscriptionDetailsJson of(SubscriptionDetails details) {
      return new SubscriptionDetailsJson(SubscriptionViewJson.of(details.subscription()),
          details.history().stream().map(HistoryJson::of).toList());
    }
  }

  /**
   * One entry of a subscription's history (U-2).
   *
   * @param change what changed: {@code PURCHASED}, {@code ACTIVATED}, {@code QUANTITY_CHANGED},
   *     {@code RENEWED}, {@code EXPIRED}, ...
   * @param from status before
   * @param to status after
   * @param at when; a term end's own instant for {@code RENEWED} and {@code EXPIRED}
   * @param by who; {@code term-end} for renewals and expiries
   * @param why the reason given
   * @param data the change's data (quantities, the new term, ...)
   */
  public record HistoryJson(String change, String from, String to, Instant at, String by,
      String why, Map<String, String> data) {
    static HistoryJson of(SubscriptionHistoryEntry entry) {
      return new HistoryJson(entry.change().name(), entry.from().name(), entry.to().name(),
          Json.micros(entry.at()), entry.by(), entry.why(), new TreeMap<>(entry.data()));
    }
  }

  /**
   * What one run of the subscription sweep wrote (U-4).
   *
   * @param subscriptions how many subscriptions it settled
   * @param renewals how many terms it renewed
   * @param expiries how many subscriptions expired
   */
  public record SweptJson(int subscriptions, int renewals, int expiries) {
    static SweptJson of(RenewOrExpireSubscriptions.Swept swept) {
      return new SweptJson(swept.subscriptions(), swept.renewals(), swept.expiries());
    }
  }
}
