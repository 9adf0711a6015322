// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.out.DomainProbe;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * D-1 end to end in the webshop: the library's use cases over the shop's database, the demo
 * zone publishing the secret, the library's DNS probe reading it over loopback.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:pdf-${random.uuid};DB_CLOSE_DELAY=-1",
    "webshop.demo.seed=true"})
class DomainControlInTheDemoZoneTest {
  private static final Actor CUSTOMER = new Actor.CodeHolder("test");

  @Autowired
  OrderVouchers orderVouchers;
  @Autowired
  IssueDomainChallenge issueDomainChallenge;
  @Autowired
  VerifyDomainControl verifyDomainControl;
  @Autowired
  DemoZone zone;
  @Autowired
  DomainProbe probe;
  @Autowired
  DemoUsers users;

  @Test
  void theShopUsesTheDemoProbe_D1() {
    assertThat(probe).isInstanceOf(DemoDomainProbe.class);
  }

  @Test
  void aRedeemerProvesControlOfADemoDomainByPublishingTheSecretInTheDemoZone_D1() {
    String code = orderOneSslDvVoucher();
    VoucherRef voucher = VoucherRef.code(code, CallerKey.of("test"));

    Either<Refusal, DomainChallenge> issued = issueDomainChallenge.issue(
        new IssueDomainChallenge.Command(CUSTOMER, voucher, "shop.example"));
    assertThat(issued.isRight()).as("%s", issued).isTrue();
    DomainChallenge challenge = issued.get();
    assertThat(challenge.dnsRecordName()).endsWith(".shop.example");
    assertThat(challenge.verified()).isFalse();

    Either<Refusal, DomainChallenge> early = verifyDomainControl.verify(
        new VerifyDomainControl.Command(CUSTOMER, voucher));
    assertThat(early.isLeft()).isTrue();
    assertThat(early.getLeft().codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);

    zone.publishTxt(challenge.dnsRecordName(), challenge.secret());
    Either<Refusal, DomainChallenge> proven = verifyDomainControl.verify(
        new VerifyDomainControl.Command(CUSTOMER, voucher));

    assertThat(proven.isRight()).as("%s", proven).isTrue();
    assertThat(proven.get().verified()).isTrue();
    assertThat(proven.get().domain().value()).isEqualTo("shop.example");
  }

  @Test
  void aWrongSecretInTheDemoZoneProvesNothing_D1() {
    VoucherRef voucher = VoucherRef.code(orderOneSslDvVoucher(), CallerKey.of("test"));
    DomainChallenge challenge = issueDomainChallenge.issue(
        new IssueDomainChallenge.Command(CUSTOMER, voucher, "www.baeckerei.example")).get();

    zone.publishTxt(challenge.dnsRecordName(), "not-the-secret-0123456789abcdef");

    assertThat(verifyDomainControl.verify(new VerifyDomainControl.Command(CUSTOMER, voucher))
        .getLeft().codes()).containsExactly(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN);
  }

  /** Anna of Alpine Hosting orders one SSL DV voucher; returns its code. */
  private String orderOneSslDvVoucher() {
    DemoUser anna = users.byId("anna").orElseThrow();
    Either<Refusal, PlacedOrder> placed = orderVouchers.order(new OrderVouchers.Command(
        anna.principal(), anna.partner().orElseThrow(),
        new OrderRequest(Optional.of("Bäckerei Müller"), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(DemoSeeder.SSL_DV.value(), 1, 1, 0, 1)))));
    assertThat(placed.isRight()).as("%s", placed).isTrue();
    return placed.get().codes().get(0).reveal();
  }
}
