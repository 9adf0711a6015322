// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CustomerId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-2, T-3: a purchase priced at its instant; later changes never reach back. */
class CustomerPurchaseTest {
  private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3_600);
  private static final Instant T2 = T1.plusSeconds(3_600);
  private static final CustomerId ANNA = new CustomerId("anna");
  private static final PartnerId ACME = new PartnerId("acme");
  private static final ResellerApplicationId APP = new ResellerApplicationId("app");
  private static final Money LIST = Money.of("49.90", "CHF");

  private final List<DiscountChange> discounts = new ArrayList<>(List.of(
      new DiscountChange(APP, ACME, Optional.empty(), new BigDecimal("15"), T0.minusSeconds(60),
          "pm")));

  private final CustomerLinkHistory linkedAtT1 = new CustomerLinkHistory(ANNA, List.of(
      CustomerLink.started(ANNA, 1, ACME, LinkOrigin.SIGN_UP, T1, "service:shop")));

  private CustomerPurchase priced(CustomerLinkHistory links, Instant at) {
    return CustomerPurchase.priced(links, LIST, at, reseller -> List.copyOf(discounts),
        RoundingMode.HALF_EVEN);
  }

  @Test
  void aPurchaseBeforeTheLinkHasNoDiscountAndOneAfterHasIt_R2() {
    CustomerPurchase before = priced(linkedAtT1, T0);
    CustomerPurchase after = priced(linkedAtT1, T2);
    assertThat(before.discount()).isEmpty();
    assertThat(before.price()).isEqualTo(LIST);
    assertThat(after.discount()).contains(new ResellerDiscount(ACME, new BigDecimal("15"), T1));
    // 49.90 less 15 % = 42.415, half-even to the cent (T-3)
    assertThat(after.price()).isEqualTo(Money.of("42.42", "CHF"));
    assertThat(after.listPrice()).isEqualTo(LIST);
    assertThat(after.at()).isEqualTo(T2);
  }

  @Test
  void aLaterDiscountChangeDoesNotAlterAPriceComputedEarlier_R2() {
    CustomerPurchase computed = priced(linkedAtT1, T2);
    discounts.add(new DiscountChange(APP, ACME, Optional.of(new BigDecimal("15")),
        new BigDecimal("40"), T2.plusSeconds(60), "pm"));

    assertThat(computed.price()).isEqualTo(Money.of("42.42", "CHF"));
    assertThat(priced(linkedAtT1, T2)).as("priced again for the same instant")
        .isEqualTo(computed);
    assertThat(priced(linkedAtT1, T2.plusSeconds(60)).price())
        .isEqualTo(Money.of("29.94", "CHF"));
  }

  @Test
  void anEndedLinkStopsTheDiscountForLaterPurchasesOnly_R2() {
    CustomerLinkHistory ended = new CustomerLinkHistory(ANNA, List.of(
        linkedAtT1.links().get(0).ended(T2, "vendor:sue", "closed")));
    assertThat(priced(ended, T2.minusNanos(1)).discount()).isPresent();
    assertThat(priced(ended, T2).discount()).isEmpty();
    assertThat(priced(ended, T2).price()).isEqualTo(LIST);
  }

  @Test
  void aResellerWithoutDiscountGivesZeroPercent_R2() {
    CustomerPurchase purchase = CustomerPurchase.priced(linkedAtT1, LIST, T2,
        reseller -> List.of(), RoundingMode.HALF_EVEN);
    assertThat(purchase.discount().map(ResellerDiscount::percent)).contains(BigDecimal.ZERO);
    assertThat(purchase.price()).isEqualTo(LIST);
  }
}
