// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.out;

import dev.vouchers.core.subscription.domain.Offer;
import dev.vouchers.core.subscription.domain.OfferId;
import java.util.List;
import java.util.Optional;

/** Storage of the publishers' offers partners buy subscriptions of (U-1, U-3). */
public interface Offers {

  /** The offer, if defined. */
  Optional<Offer> offer(OfferId id);

  /** Every offer, by id. */
  List<Offer> offers();

  /** Defines or replaces an offer; existing subscriptions keep their windows (U-3). */
  void save(Offer offer);
}
