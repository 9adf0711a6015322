// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.subscription.domain.BillingFrequency;
import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionTerm;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.ListOffers;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Defines the publishers' offers the demo partners buy subscriptions of (U-1), as the vendor's
 * partner manager would: an offer that is already in the database is left as it is. The offers
 * do not depend on the partners {@link DemoSeeder} registers (they need the {@code
 * SUBSCRIPTIONS} feature to buy, U-1); this runner comes last all the same.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public final class SubscriptionDemoSeeder implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionDemoSeeder.class);

  /** A CRM suite: monthly or annual terms, billed monthly or annually. */
  public static final OfferId CRM_SUITE = new OfferId("crm-suite");
  /** A mail archive: annual terms only, billed annually. */
  public static final OfferId MAIL_ARCHIVE = new OfferId("mail-archive");

  private final DefineOffer defineOffer;
  private final ListOffers listOffers;
  private final Actor manager;

  /**
   * The seeder.
   *
   * @param defineOffer U-1
   * @param listOffers to see which offers exist already
   * @param users the demo users (the partner manager defines the offers)
   */
  public SubscriptionDemoSeeder(DefineOffer defineOffer, ListOffers listOffers,
      DemoUsers users) {
    this.defineOffer = defineOffer;
    this.listOffers = listOffers;
    this.manager = users.partnerManager().principal();
  }

  @Override
  public void run(ApplicationArguments args) {
    var existing = listOffers.list(new ListOffers.Command(manager));
    if (existing.isLeft()) {
      throw new IllegalStateException("cannot read the offers: " + existing.getLeft());
    }
    Set<OfferId> known = existing.get().stream().map(Offer::id).collect(Collectors.toSet());
    int defined = 0;
    for (Offer offer : offers()) {
      if (known.contains(offer.id())) {
        continue;
      }
      var result = defineOffer.define(new DefineOffer.Command(manager, offer));
      if (result.isLeft()) {
        throw new IllegalStateException("defining the demo offers was refused: "
            + result.getLeft());
      }
      defined++;
    }
    LOG.info("demo offers: {} defined, {} found in the database", defined, known.size());
  }

  /**
   * The offers, with the default cancellation windows (U-3: 72 hours for a monthly term, 7
   * days for an annual one).
   */
  static List<Offer> offers() {
    return List.of(
        Offer.builder().id(CRM_SUITE).name("Matterhorn CRM Suite")
            .publisher("Matterhorn Software AG")
            .addTerms(SubscriptionTerm.MONTHLY, SubscriptionTerm.ANNUAL)
            .addBillingFrequencies(BillingFrequency.MONTHLY, BillingFrequency.ANNUAL)
            .maxQuantity(1_000).build(),
        Offer.builder().id(MAIL_ARCHIVE).name("Gletscher Mail Archive")
            .publisher("Gletscher Data GmbH")
            .addTerms(SubscriptionTerm.ANNUAL)
            .addBillingFrequencies(BillingFrequency.ANNUAL)
            .maxQuantity(500).build());
  }
}
