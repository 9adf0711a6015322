// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.catalog.port.out.Catalog;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import dev.vouchers.core.programme.application.ProgrammeBuilder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.memory.InMemoryStore;
import java.net.URI;
import java.time.Clock;

/**
 * A fresh, empty set of storage adapters sharing one database (or one memory), as a contract
 * suite needs them. Outbox rows written by {@link Vouchers#update} must be visible to
 * {@link #outbox()}.
 *
 * @param vouchers order and voucher storage
 * @param partners partner storage
 * @param catalog product and price storage
 * @param mandates mandate storage
 * @param outbox outbox delivery side
 */
public record Storage(
    Vouchers vouchers, Partners partners, Catalog catalog, Mandates mandates,
        Outbox<ActivationMessage> outbox) {

  /** The settings the suites' programmes run with: the shop's redemption page, the defaults. */
  public static final ProgrammeSettings SHOP_SETTINGS = ProgrammeSettings.builder()
      .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build();

  /**
   * A programme over these ports and this clock, with {@link #SHOP_SETTINGS} and a vault of
   * random keys; the caller may add ports or replace either before {@code build()}.
   */
  public ProgrammeBuilder programme(Clock clock) {
    return VoucherProgramme.builder().settings(SHOP_SETTINGS).clock(clock)
        .vouchers(vouchers).partners(partners).catalog(catalog).mandates(mandates)
        .codeVault(CodeVault.withRandomKeys());
  }

  /** The ports of the in-memory store. */
  public static Storage of(InMemoryStore store) {
    return new Storage(store.vouchers(), store.partners(), store.catalog(), store.mandates(),
        store.outbox());
  }
}
