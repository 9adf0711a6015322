// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.sample.webshop.demo.DemoUsers;

/** Partners' display names on the reseller pages (templates call it as {@code partnerNames}). */
public final class PartnerNames {
  /** The one instance the pages share. */
  static final PartnerNames INSTANCE = new PartnerNames();

  private PartnerNames() {}

  /**
   * A partner's display name.
   *
   * @param id the partner
   * @return its name, or its id for a partner the demo did not seed
   */
  public String of(PartnerId id) {
    return DemoUsers.partnerName(id);
  }
}
