// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.testkit.MutableClock;
import dev.vouchers.testkit.memory.InMemoryStore;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * D-1 end to end: the core's IssueDomainChallenge and VerifyDomainControl use cases over the
 * testkit's in-memory storage, with the real web and DNS probes against loopback servers.
 */
class VerifyDomainControlOverTheNetworkTest {
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Actor PM =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);
  private static final Actor ALICE =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  private static final Actor CUSTOMER = new Actor.CodeHolder("customer-session-1");
  private static final ProductConfiguration SSL_DV_1Y =
      ProductConfiguration.of(new ProductId("ssl-dv"), 1, 1, 0);

  private LoopbackWebServer web;
  private LoopbackDnsServer dns;
  private VoucherProgramme programme;

  @BeforeEach
  void setUp() throws IOException {
    web = LoopbackWebServer.start();
    dns = LoopbackDnsServer.start();
    InMemoryStore store = new InMemoryStore();
    programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(new MutableClock(Instant.parse("2026-11-21T09:00:00Z")))
        .vouchers(store.vouchers()).partners(store.partners()).catalog(store.catalog()).mandates(store.mandates())
        .codeVault(CodeVault.withRandomKeys())
        .domainProbe(DomainProbes.combined(
            HttpDomainProbe.builder().httpPort(web.port()).httpsPort(HttpDomainProbeTest.closedPort())
                .connectTo(domain -> InetAddress.getLoopbackAddress().getHostAddress())
                .requestTimeout(Duration.ofSeconds(8)).build(),
            DnsDomainProbe.builder().servers(dns.address()).timeout(Duration.ofSeconds(2))
                .retries(1).build()))
        .build();
    ok(programme.partners().registerPartner().register(new RegisterPartner.Command(PM,
        Partner.withVouchers(ACME, "Acme Reseller", Tier.ENTRY))));
    ok(programme.catalog().defineProduct().define(new DefineProduct.Command(PM, Product.builder()
        .id(SSL_DV_1Y.product()).name("SSL DV").kind(ProductKind.SSL_DV).addValidityYears(1)
        .minFqdns(1).maxFqdns(1).domainValidated(true).build())));
    ok(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(PM,
        PriceBook.builder("CHF").listPrice(SSL_DV_1Y, Money.of("80.00", "CHF")).build())));
  }

  @AfterEach
  void tearDown() {
    web.close();
    dns.close();
  }

  /** The code of a new one-unit SSL DV voucher. */
  private VoucherRef newVoucher() {
    PlacedOrder placed = ok(programme.ordering().orderVouchers().order(new OrderVouchers.Command(
        ALICE,
        ACME, new OrderRequest(Optional.empty(), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line("ssl-dv", 1, 1, 0, 1))))));
    return VoucherRef.code(placed.codes().get(0).reveal(), CallerKey.of("test"));
  }

  private DomainChallenge issue(VoucherRef voucher) {
    return ok(programme.vouchers().issueDomainChallenge().issue(
        new IssueDomainChallenge.Command(CUSTOMER, voucher, "Shop.Example")));
  }

  private Either<Refusal, DomainChallenge> verify(VoucherRef voucher) {
    return programme.vouchers().verifyDomainControl().verify(
        new VerifyDomainControl.Command(CUSTOMER, voucher));
  }

  @Test
  void aRedeemerProvesControlBySecretOnTheWebSiteThroughTheRealProbes_D1() {
    VoucherRef voucher = newVoucher();
    DomainChallenge challenge = issue(voucher);

    assertThat(verify(voucher).getLeft().codes())
        .containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);

    web.serve("/" + challenge.checkName(), 200, challenge.secret() + "\n");
    DomainChallenge verified = ok(verify(voucher));
    assertThat(verified.verified()).isTrue();
    assertThat(verified.secret()).isEqualTo(challenge.secret());
  }

  @Test
  void aRedeemerProvesControlBySecretInDnsThroughTheRealProbes_D1() {
    VoucherRef voucher = newVoucher();
    DomainChallenge challenge = issue(voucher);
    dns.publish(challenge.dnsRecordName(), "v=spf1 -all");
    web.serve("/" + challenge.checkName(), 200, "<html>a shop</html>");

    assertThat(verify(voucher).getLeft().codes())
        .containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);

    dns.publish(challenge.dnsRecordName(), challenge.secret().substring(0, 13),
        challenge.secret().substring(13));
    assertThat(ok(verify(voucher)).verified()).isTrue();
  }

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("expected success but got %s",
        result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }
}
