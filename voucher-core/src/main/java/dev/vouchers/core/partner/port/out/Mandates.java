// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.port.out;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.partner.domain.Mandate;
import java.util.List;

/** D-2: storage of powers of attorney per organisation. */
public interface Mandates {

  /** Records a mandate (several may exist for one organisation). */
  void register(Mandate mandate);

  /** Every mandate recorded for the organisation, oldest first. */
  List<Mandate> of(OrganisationId organisation);
}
