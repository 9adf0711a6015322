// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.fixtures.DomainFixtures;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderNumber;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** M-4: an activation e-mail names its voucher's order by the number people read out. */
class ActivationMessageOrderNumberTest {

  private static ActivationMessage withNumber(String orderNumber) {
    return new ActivationMessage(MessageId.of("m-1"), VoucherId.of("v-1"), ACME, "Acme",
        new EmailAddress("bob@example.com"), "hello",
        DomainFixtures.VAULT.seal(DomainFixtures.CODE), URI.create("https://shop.example/redeem"),
        "SSL DV", T0, Locale.ENGLISH, T0, Optional.empty(), orderNumber);
  }

  @Test
  void carriesTheNumberAsOrderNumberGroupsIt_M4() {
    String grouped = new OrderNumber(123_456_789L).grouped();
    assertThat(withNumber(grouped).orderNumber()).isEqualTo("123 456 789");
    assertThat(withNumber(new OrderNumber(OrderNumber.MIN).grouped()).orderNumber())
        .isEqualTo("100 000 000");
    assertThat(withNumber(new OrderNumber(OrderNumber.MAX).grouped()).orderNumber())
        .isEqualTo("999 999 999");
  }

  @Test
  void aMessageWrittenBeforeM4NamesNoOrder_M4() {
    assertThat(withNumber("").orderNumber()).isEmpty();
    ActivationMessage earlier = new ActivationMessage(MessageId.of("m-1"), VoucherId.of("v-1"),
        ACME, "Acme", new EmailAddress("bob@example.com"), "hello",
        DomainFixtures.VAULT.seal(DomainFixtures.CODE), URI.create("https://shop.example/redeem"),
        "SSL DV", T0, Locale.ENGLISH, T0, Optional.empty());
    assertThat(earlier.orderNumber()).isEmpty();
  }

  @Test
  void anythingButAGroupedNumberIsABrokenInvariant_M4() {
    for (String wrong : List.of("123456789", "012 345 678", "123 456 78", "123-456-789",
        " 123 456 789", "123 456 7890", "abc def ghi")) {
      assertThatThrownBy(() -> withNumber(wrong)).as(wrong)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> withNumber(null)).isInstanceOf(NullPointerException.class);
  }
}
