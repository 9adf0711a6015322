// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.port.in.DefineOffer;
import dev.vouchers.core.subscription.port.in.ListOffers;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The publishers' offers partners buy subscriptions of (U-1), defined by the partner manager. */
@RestController
@RequestMapping("/api/offers")
class OffersController {
  private final ListOffers listOffers;
  private final DefineOffer defineOffer;

  OffersController(ListOffers listOffers, DefineOffer defineOffer) {
    this.listOffers = listOffers;
    this.defineOffer = defineOffer;
  }

  /** U-1: every offer, by id. */
  @GetMapping
  List<SubscriptionJson.OfferJson> offers(ApiUser actor) {
    return Problems.orRefuse(listOffers.list(new ListOffers.Command(actor.principal())))
        .stream().map(SubscriptionJson.OfferJson::of).toList();
  }

  /**
   * U-1, U-3: defines or replaces an offer; partner manager only. Existing subscriptions keep
   * the cancellation window they were bought with.
   */
  @PutMapping("/{offer}")
  SubscriptionJson.OfferJson define(ApiUser actor, @PathVariable("offer") String offer,
      @RequestBody SubscriptionBodies.OfferBody body) {
    OfferId id = Ids.parse(offer, "offer", OfferId::of);
    return SubscriptionJson.OfferJson.of(Problems.orRefuse(defineOffer.define(
        new DefineOffer.Command(actor.principal(), body.offer(id)))));
  }
}
