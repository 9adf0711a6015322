// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ResellerFixture.ACME;
import static dev.vouchers.core.programme.application.ResellerFixture.ACME_ADMIN;
import static dev.vouchers.core.programme.application.ResellerFixture.ACME_AGENT;
import static dev.vouchers.core.programme.application.ResellerFixture.ACME_SALES;
import static dev.vouchers.core.programme.application.ResellerFixture.BOLT;
import static dev.vouchers.core.programme.application.ResellerFixture.BOLT_ADMIN;
import static dev.vouchers.core.programme.application.ResellerFixture.CATO;
import static dev.vouchers.core.programme.application.ResellerFixture.CATO_ADMIN;
import static dev.vouchers.core.programme.application.ResellerFixture.PM;
import static dev.vouchers.core.programme.application.ResellerFixture.SIGN_UP;
import static dev.vouchers.core.programme.application.ResellerFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ResellerFixture.ok;
import static dev.vouchers.core.programme.application.ResellerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerPurchase;
import dev.vouchers.core.reseller.domain.LinkOrigin;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import dev.vouchers.core.reseller.port.in.DiscountFor;
import dev.vouchers.core.reseller.port.in.GetCustomerLinks;
import dev.vouchers.core.reseller.port.in.ListResellerCustomers;
import dev.vouchers.core.reseller.port.in.PriceCustomerPurchase;
import dev.vouchers.core.reseller.port.in.SetResellerDiscount;
import dev.vouchers.core.reseller.port.in.UnlinkCustomer;
import dev.vouchers.testkit.Concurrently;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** R-2 through the use cases: links, transfers, the reseller discount in time; A-1. */
class CustomerLinksTest {
  private static final CustomerId ANNA = new CustomerId("anna");
  private static final CustomerId BERT = new CustomerId("bert");
  private static final Money LIST = Money.of("100.00", "CHF");

  private final ResellerFixture f = new ResellerFixture();

  private Optional<ResellerDiscount> discountFor(Actor by, CustomerId customer, Instant at) {
    return ok(f.programme.resellers().discountFor().discountFor(new DiscountFor.Command(by,
        customer, at)));
  }

  private CustomerPurchase price(Actor by, CustomerId customer) {
    return ok(f.programme.resellers().priceCustomerPurchase().price(
        new PriceCustomerPurchase.Command(by, customer, LIST)));
  }

  private List<CustomerLink> links(Actor by, CustomerId customer) {
    return ok(f.programme.resellers().getCustomerLinks().get(new GetCustomerLinks.Command(by,
        customer)));
  }

  @Test
  void aNewCustomerIsLinkedAtSignUpToTheResellerItChose_R2() {
    f.approved(ACME, "10");
    CustomerLink link = ok(f.link(SIGN_UP, ANNA, ACME));
    assertThat(link.origin()).isEqualTo(LinkOrigin.SIGN_UP);
    assertThat(link.from()).isEqualTo(f.now());
    assertThat(link.linkedBy()).isEqualTo(SIGN_UP.describe());
    assertThat(ok(f.programme.resellers().listResellerCustomers().list(
        new ListResellerCustomers.Command(ACME_SALES, ACME, PageRequest.first(50)))).items()).containsExactly(link);
  }

  @Test
  void aResellerMovesAnExistingCustomerIntoItsConsole_R2() {
    f.approved(ACME, "10");
    assertThat(refused(f.link(ACME_SALES, ANNA, ACME)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED);
    CustomerLink link = ok(f.link(ACME_AGENT, ANNA, ACME));
    assertThat(link.origin()).isEqualTo(LinkOrigin.TRANSFER);
  }

  @Test
  void onlyApprovedResellersGetCustomers_R2() {
    f.apply(ACME);
    assertThat(refused(f.link(SIGN_UP, ANNA, ACME)).codes())
        .containsExactly(ReasonCode.RESELLER_NOT_APPROVED);
    assertThat(refused(f.link(ACME_ADMIN, ANNA, ACME)).codes())
        .containsExactly(ReasonCode.RESELLER_NOT_APPROVED);
    assertThat(refused(f.link(SUPPORT, ANNA, new PartnerId("ghost"))).codes())
        .containsExactly(ReasonCode.RESELLER_NOT_APPROVED);
    assertThat(refused(f.link(PM, ANNA, ACME)).codes())
        .containsExactly(ReasonCode.NOT_PERMITTED, ReasonCode.RESELLER_NOT_APPROVED);
  }

  @Test
  void supportMakesTheLinkAfterwardsAndTransfersRecordingTheEndOfTheOldLink_R2() {
    f.approved(ACME, "10");
    f.approved(BOLT, "20");
    CustomerLink first = ok(f.link(SUPPORT, ANNA, ACME));
    f.advance(Duration.ofDays(30));
    assertThat(refused(f.link(BOLT_ADMIN, ANNA, BOLT)).codes())
        .containsExactly(ReasonCode.CUSTOMER_HAS_RESELLER);
    CustomerLink second = ok(f.link(SUPPORT, ANNA, BOLT));

    List<CustomerLink> history = links(SUPPORT, ANNA);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).reseller()).isEqualTo(ACME);
    assertThat(history.get(0).from()).isEqualTo(first.from());
    assertThat(history.get(0).until()).contains(f.now());
    assertThat(history.get(0).endedBy()).contains(SUPPORT.describe());
    assertThat(history.get(1)).isEqualTo(second);
    assertThat(second.from()).isEqualTo(f.now());
    assertThat(ok(f.programme.resellers().listResellerCustomers().list(
        new ListResellerCustomers.Command(ACME_ADMIN, ACME, PageRequest.first(50)))).items()).isEmpty();
  }

  @Test
  void unlinkingEndsTheDiscountForLaterPurchases_R2() {
    f.approved(ACME, "10");
    ok(f.link(SIGN_UP, ANNA, ACME));
    f.advance(Duration.ofDays(1));
    Instant unlinked = f.now();
    CustomerLink ended = ok(f.programme.resellers().unlinkCustomer().unlink(
        new UnlinkCustomer.Command(ACME_ADMIN, ANNA, "customer asked to leave")));
    assertThat(ended.until()).contains(unlinked);
    assertThat(ended.endReason()).contains("customer asked to leave");
    assertThat(discountFor(SUPPORT, ANNA, unlinked.minusNanos(1))).isPresent();
    assertThat(discountFor(SUPPORT, ANNA, unlinked)).isEmpty();
    assertThat(price(SUPPORT, ANNA).price()).isEqualTo(LIST);
    assertThat(refused(f.programme.resellers().unlinkCustomer().unlink(
        new UnlinkCustomer.Command(SUPPORT, ANNA, "again"))).codes())
        .containsExactly(ReasonCode.CUSTOMER_HAS_NO_RESELLER);
  }

  @Test
  void theDiscountAppliesFromTheLinkOnwardsNeverRetroactively_R2() {
    f.approved(ACME, "15");
    Instant t0 = f.now();
    f.advance(Duration.ofHours(1));
    Instant t1 = f.now();
    ok(f.link(SIGN_UP, ANNA, ACME));
    f.advance(Duration.ofHours(1));
    Instant t2 = f.now();

    assertThat(discountFor(SUPPORT, ANNA, t0)).isEmpty();
    assertThat(discountFor(SUPPORT, ANNA, t1))
        .contains(new ResellerDiscount(ACME, new BigDecimal("15"), t1));
    assertThat(discountFor(ACME_SALES, ANNA, t2))
        .contains(new ResellerDiscount(ACME, new BigDecimal("15"), t1));

    CustomerPurchase atT2 = price(ACME_SALES, ANNA);
    assertThat(atT2.at()).isEqualTo(t2);
    assertThat(atT2.price()).isEqualTo(Money.of("85.00", "CHF"));

    // a later discount change applies from its instant on; the price computed at t2 stays
    f.advance(Duration.ofHours(1));
    Instant t3 = f.now();
    ok(f.programme.resellers().setResellerDiscount().set(
        new SetResellerDiscount.Command(PM, ACME, new BigDecimal("30"))));
    assertThat(atT2.price()).isEqualTo(Money.of("85.00", "CHF"));
    assertThat(discountFor(SUPPORT, ANNA, t2).map(ResellerDiscount::percent))
        .contains(new BigDecimal("15"));
    assertThat(discountFor(SUPPORT, ANNA, t3).map(ResellerDiscount::percent))
        .contains(new BigDecimal("30"));
    assertThat(price(SUPPORT, ANNA).price()).isEqualTo(Money.of("70.00", "CHF"));
  }

  @Test
  void aResellersUsersSeeOnlyTheirOwnCustomersAndLinks_A1() {
    f.approved(ACME, "10");
    f.approved(BOLT, "20");
    ok(f.link(SIGN_UP, ANNA, ACME));
    ok(f.link(SIGN_UP, BERT, BOLT));
    Refusal missing = refused(f.programme.resellers().getCustomerLinks().get(
        new GetCustomerLinks.Command(BOLT_ADMIN, new CustomerId("nobody"))));
    assertThat(missing).isEqualTo(Refusal.notFound("customer"));

    assertThat(refused(f.programme.resellers().getCustomerLinks().get(
        new GetCustomerLinks.Command(BOLT_ADMIN, ANNA)))).isEqualTo(missing);
    assertThat(refused(f.programme.resellers().discountFor().discountFor(
        new DiscountFor.Command(BOLT_ADMIN, ANNA, f.now())))).isEqualTo(missing);
    assertThat(refused(f.programme.resellers().priceCustomerPurchase().price(
        new PriceCustomerPurchase.Command(BOLT_ADMIN, ANNA, LIST)))).isEqualTo(missing);
    assertThat(refused(f.programme.resellers().unlinkCustomer().unlink(
        new UnlinkCustomer.Command(BOLT_ADMIN, ANNA, "mine")))).isEqualTo(missing);
    assertThat(refused(f.programme.resellers().listResellerCustomers().list(
        new ListResellerCustomers.Command(BOLT_ADMIN, ACME, PageRequest.first(50)))))
        .isEqualTo(refused(f.programme.resellers().listResellerCustomers().list(
            new ListResellerCustomers.Command(BOLT_ADMIN, new PartnerId("ghost"), PageRequest.first(50)))));
    assertThat(ok(f.programme.resellers().listResellerCustomers().list(
        new ListResellerCustomers.Command(BOLT_ADMIN, BOLT, PageRequest.first(50)))).items())
        .extracting(CustomerLink::customer).containsExactly(BERT);
    assertThat(links(ACME_SALES, ANNA)).hasSize(1);
    assertThat(links(SUPPORT, new CustomerId("nobody"))).isEmpty();
  }

  @Test
  void aFormerResellerSeesItsOwnLinkOnlyAndNoLongerPricesForTheCustomer_A1() {
    f.approved(ACME, "10");
    f.approved(BOLT, "20");
    ok(f.link(SIGN_UP, ANNA, ACME));
    Instant whileAcme = f.now();
    f.advance(Duration.ofDays(1));
    ok(f.link(SUPPORT, ANNA, BOLT));

    assertThat(links(ACME_ADMIN, ANNA)).singleElement()
        .satisfies(l -> assertThat(l.reseller()).isEqualTo(ACME));
    assertThat(discountFor(ACME_ADMIN, ANNA, whileAcme)).isPresent();
    assertThat(discountFor(ACME_ADMIN, ANNA, f.now())).as("another reseller's discount")
        .isEmpty();
    assertThat(refused(f.programme.resellers().priceCustomerPurchase().price(
        new PriceCustomerPurchase.Command(ACME_ADMIN, ANNA, LIST))))
        .isEqualTo(Refusal.notFound("customer"));
    assertThat(links(BOLT_ADMIN, ANNA)).singleElement()
        .satisfies(l -> assertThat(l.reseller()).isEqualTo(BOLT));
  }

  @Test
  void ofTwoResellersLinkingOneCustomerAtOnceExactlyOneWins_R2() throws Exception {
    f.approved(ACME, "10");
    f.approved(BOLT, "20");
    f.approved(CATO, "30");
    for (int round = 0; round < 20; round++) {
      CustomerId customer = new CustomerId("race-" + round);
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (Actor admin : List.of(ACME_ADMIN, BOLT_ADMIN, CATO_ADMIN)) {
        PartnerId reseller = ((Actor.PartnerUser) admin).partner();
        racers.add(() -> {
          var result = f.link(admin, customer, reseller);
          if (result.isLeft()) {
            assertThat(result.getLeft().codes())
                .containsExactly(ReasonCode.CUSTOMER_HAS_RESELLER);
          }
          return result.isRight();
        });
      }
      assertThat(Concurrently.call(racers)).containsOnlyOnce(true);
      assertThat(links(SUPPORT, customer)).hasSize(1);
    }
  }
}
