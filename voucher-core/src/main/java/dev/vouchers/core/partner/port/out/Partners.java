// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.out;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import java.util.List;
import java.util.Optional;

/** Storage of partners and their tier history (T-5). */
public interface Partners {

  /** The partner, if stored. */
  Optional<Partner> partner(PartnerId id);

  /** Stores a new partner or replaces its name, features and language (not its tier). */
  void save(Partner partner);

  /**
   * T-5: changes the tier and records the change atomically, if the stored tier is still
   * {@code change.from()}; otherwise writes nothing.
   */
  boolean changeTier(TierChange change);

  /** T-5: the partner's tier changes, oldest first. */
  List<TierChange> tierHistory(PartnerId id);
}
