// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.application;

import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.catalog.port.in.ShowPriceList;
import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.PartnerUseCases;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;

/**
 * The partners' use cases, each wired once (ADR 0061), and the price list a partner sees at its
 * tier, which the programme hands to the catalog's use cases (the catalog knows no partner).
 * The programme builds it with {@link #over}; its services stay in this package (ADR 0068).
 *
 * @param registerPartner the {@link RegisterPartner} use case
 * @param getPartner the {@link GetPartner} use case
 * @param setPartnerTier the {@link SetPartnerTier} use case
 * @param registerMandate the {@link RegisterMandate} use case
 * @param showPriceList T-2, T-3: the {@link ShowPriceList} use case, at the partner's tier
 */
public record WiredPartners(RegisterPartner registerPartner, GetPartner getPartner,
    SetPartnerTier setPartnerTier, RegisterMandate registerMandate,
    ShowPriceList showPriceList) implements PartnerUseCases {

  /**
   * Wires the use cases over their storage.
   *
   * @param basics the programme's basics
   * @param partners the partners' storage
   * @param mandates the mandates' storage
   * @param catalog the catalog (the price list at a partner's tier)
   * @param tiers T-1: the tiers a partner may be given
   * @return the wired use cases
   */
  public static WiredPartners over(Basics basics, Partners partners, Mandates mandates,
      Catalog catalog, TierLadder tiers) {
    PartnerService administration = new PartnerService(basics, partners, mandates, tiers);
    return new WiredPartners(
        command -> basics.answered(RegisterPartner.class, administration.register(command)),
        administration,
        command -> basics.answered(SetPartnerTier.class, administration.set(command)),
        command -> basics.answered(RegisterMandate.class, administration.register(command)),
        new PriceListService(catalog, partners));
  }
}
