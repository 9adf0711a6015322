// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.in;

import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import java.util.List;
import java.util.Objects;

/**
 * T-5: a partner and its tier history, oldest change first.
 *
 * @param partner the partner as it is now
 * @param tierChanges who changed its tier, when, from and to
 */
public record PartnerDetails(Partner partner, List<TierChange> tierChanges) {
  /** Copies the history. */
  public PartnerDetails {
    Objects.requireNonNull(partner, "partner");
    tierChanges = List.copyOf(tierChanges);
  }
}
