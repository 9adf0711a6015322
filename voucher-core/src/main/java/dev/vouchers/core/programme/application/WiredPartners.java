// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.PartnerUseCases;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;

/** The partners' use cases, each wired once (ADR 0061). */
record WiredPartners(RegisterPartner registerPartner, GetPartner getPartner,
    SetPartnerTier setPartnerTier, RegisterMandate registerMandate) implements PartnerUseCases {

  static WiredPartners over(Basics basics, AdministrationService administration) {
    return new WiredPartners(
        command -> basics.answered(RegisterPartner.class, administration.register(command)),
        administration,
        command -> basics.answered(SetPartnerTier.class, administration.set(command)),
        command -> basics.answered(RegisterMandate.class, administration.register(command)));
  }
}
