// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.reseller.domain.ResellerApplicationId;
import dev.vouchers.core.subscription.domain.OfferId;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdsTest {
  private static final List<Function<String, Object>> IDS = List.of(PartnerId::of, UserId::of,
      OrderId::of, VoucherId::of, ProductId::of, OrganisationId::of, MessageId::of);

  @Test
  void typedIdsAreOneTo64NonBlankCharacters() {
    for (Function<String, Object> id : IDS) {
      assertThat(id.apply("x").toString()).isEqualTo("x");
      assertThat(id.apply("x".repeat(64)).toString()).hasSize(64);
      assertThatThrownBy(() -> id.apply("x".repeat(65))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1..64");
      assertThatThrownBy(() -> id.apply("  ")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> id.apply("")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> id.apply(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void idsAreOneLineOfStorableTextAndTheRefusalDoesNotEchoTheValue_L4() {
    List<Function<String, Object>> all = new java.util.ArrayList<>(IDS);
    all.add(CustomerId::of);
    all.add(OfferId::of);
    all.add(SubscriptionId::of);
    all.add(ResellerApplicationId::of);
    all.add(dev.vouchers.core.subaccount.domain.InvitationId::of);
    all.add(dev.vouchers.core.subaccount.domain.SubAccountId::of);
    for (Function<String, Object> id : all) {
      for (String bad : List.of("cust\r\nx", "a\u0000b", "\u001b[31m", "bell\u0007", "x\uD800",
          "\uFFFF")) {
        assertThatThrownBy(() -> id.apply(bad)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageMatching("(?s).*(must be one line|control character|unpaired surrogate|noncharacter).*")
            .hasMessageNotContaining(bad);
      }
      assertThat(id.apply("j\u00fcrg m\u00fcller-1").toString()).isEqualTo("j\u00fcrg m\u00fcller-1");
    }
  }

  @Test
  void idsOfTheSameValueAreEqual() {
    assertThat(PartnerId.of("acme")).isEqualTo(new PartnerId("acme"));
    assertThat(VoucherId.of("v")).isNotEqualTo(VoucherId.of("w"));
  }

  @Test
  void voucherIdsOfAnOrderSortInIssueOrder() {
    OrderId order = OrderId.of("o-1");
    assertThat(VoucherId.of(order, 7).value()).isEqualTo("o-1-0000007");
    assertThat(VoucherId.of(order, 1_000_000).value()).isEqualTo("o-1-1000000");
    assertThat(VoucherId.of(order, 9_999_999).value()).isEqualTo("o-1-9999999");
    assertThat(VoucherId.of(order, 9).value()).isLessThan(VoucherId.of(order, 10).value());
    assertThat(VoucherId.of(order, 999_999).value())
        .isLessThan(VoucherId.of(order, 1_000_000).value());
    assertThatThrownBy(() -> VoucherId.of(order, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoucherId.of(order, 10_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
