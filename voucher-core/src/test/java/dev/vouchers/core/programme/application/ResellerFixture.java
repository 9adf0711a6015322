// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.port.in.ApplyAsReseller;
import dev.vouchers.core.reseller.port.in.ApproveResellerApplication;
import dev.vouchers.core.reseller.port.in.LinkCustomer;
import dev.vouchers.core.reseller.port.in.RecordResellerContractSigned;
import dev.vouchers.core.reseller.port.in.SendResellerContract;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One programme over the in-memory adapter with the reseller programme's storage, three
 * partners (Acme, Bolt, Cato) and their users. Time moves only through {@link #clock}.
 */
final class ResellerFixture {
  static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

  static final PartnerId ACME = new PartnerId("acme");
  static final PartnerId BOLT = new PartnerId("bolt");
  static final PartnerId CATO = new PartnerId("cato");

  static final Actor.VendorStaff PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  static final Actor.VendorStaff SUPPORT =
      Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);
  static final Actor.Service SIGN_UP = new Actor.Service("shop-sign-up");
  static final Actor.PartnerUser ACME_ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  static final Actor.PartnerUser ACME_AGENT =
      new Actor.PartnerUser(new UserId("aaron"), ACME, PartnerRole.ADMIN_AGENT);
  static final Actor.PartnerUser ACME_SALES =
      new Actor.PartnerUser(new UserId("sam"), ACME, PartnerRole.SALES_AGENT);
  static final Actor.PartnerUser BOLT_ADMIN =
      new Actor.PartnerUser(new UserId("bob"), BOLT, PartnerRole.ADMIN);
  static final Actor.PartnerUser CATO_ADMIN =
      new Actor.PartnerUser(new UserId("cat"), CATO, PartnerRole.ADMIN);

  final MutableClock clock = new MutableClock(START);
  final InMemoryStore store = new InMemoryStore();
  final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  final VoucherProgramme programme;

  ResellerFixture() {
    programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(clock)
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
        .resellerApplications(store.resellerApplications()).customerLinks(store.customerLinks())
        .codeVault(CodeVault.withRandomKeys())
        .events(events::add)
        .build();
    for (PartnerId partner : List.of(ACME, BOLT, CATO)) {
      ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
          Partner.withVouchers(partner, partner.value().toUpperCase(java.util.Locale.ROOT),
              Tier.ENTRY))));
    }
  }

  Actor adminOf(PartnerId partner) {
    return partner.equals(ACME) ? ACME_ADMIN : partner.equals(BOLT) ? BOLT_ADMIN : CATO_ADMIN;
  }

  ResellerApplication apply(PartnerId partner) {
    return ok(programme.resellers().applyAsReseller().apply(
        new ApplyAsReseller.Command(adminOf(partner), partner)));
  }

  /** R-1 the whole way: submitted, contract sent and signed, approved with the discount. */
  ResellerApplication approved(PartnerId partner, Optional<BigDecimal> discount) {
    ResellerApplication application = apply(partner);
    advance(Duration.ofMinutes(1));
    ok(programme.resellers().sendResellerContract().send(
        new SendResellerContract.Command(PM, application.id(), "contract-" + partner)));
    advance(Duration.ofMinutes(1));
    ok(programme.resellers().recordResellerContractSigned().record(
        new RecordResellerContractSigned.Command(
        adminOf(partner), application.id(), "signed-" + partner)));
    advance(Duration.ofMinutes(1));
    return ok(programme.resellers().approveResellerApplication().approve(
        new ApproveResellerApplication.Command(PM, application.id(), discount)));
  }

  ResellerApplication approved(PartnerId partner, String discount) {
    return approved(partner, Optional.of(new BigDecimal(discount)));
  }

  Either<Refusal, CustomerLink> link(Actor by, CustomerId customer, PartnerId reseller) {
    return programme.resellers().linkCustomer().link(new LinkCustomer.Command(by, customer,
        reseller));
  }

  void advance(Duration by) {
    clock.advance(by);
  }

  Instant now() {
    return clock.instant();
  }

  static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("expected success but got %s",
        result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  static Refusal refused(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("expected a refusal but got %s",
        result.isRight() ? result.get() : null).isTrue();
    return result.getLeft();
  }
}
