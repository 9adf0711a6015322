// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The inclusive edges of the sub-account context's limits (issue 18: survivors of the
 * context's mutation run): each limit is reached and passed by one; what a sub-account's
 * history and the logs show of a pricing and an invitation e-mail.
 */
class SubAccountBoundsTest {

  @Test
  void anInvitationMayBeValidForExactlyOneMinuteButNotLess_I2_L4() {
    InvitationSettings settings = InvitationSettings.of(URI.create("https://shop.example"));
    assertThat(settings.withValidity(Duration.ofMinutes(1)).validity())
        .isEqualTo(InvitationSettings.MIN_VALIDITY);
    assertThatThrownBy(() -> settings.withValidity(Duration.ofMinutes(1).minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.withValidity(Duration.ofDays(366).plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aContractReferenceHasUpToSixtyFourCharacters_I3_L4() {
    assertThat(new ContractReference("C".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> new ContractReference("C".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContractReference(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachPricingDescribesItselfDistinctlyInTheHistory_I3() {
    List<String> described = List.of(Pricing.listPrices().describe(),
        Pricing.partnerTier().describe(), Pricing.discount(new BigDecimal("12.5")).describe());
    assertThat(described).allSatisfy(text -> assertThat(text).isNotBlank())
        .doesNotHaveDuplicates();
    assertThat(described.get(2)).contains("12.5");
  }

  @Test
  void anInvitationEmailIsNamedInLogsByItsIdsWithoutTheTokenOrTheMessage_I1() {
    CodeVault vault = CodeVault.withRandomKeys();
    MessageId id = new MessageId("msg-7");
    String token = "0123456789abcdefghjkmnpqrs";
    InvitationMessage message = new InvitationMessage(id, new InvitationId("inv-7"),
        new PartnerId("acme"), "Acme", new EmailAddress("b@example.com"),
        SubAccountType.STANDARD, "a personal note",
        vault.sealSecret(token, InvitationMessage.sealedWith(id)),
        Instant.parse("2026-05-01T00:00:00Z"), Locale.ENGLISH,
        Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(message.toString()).contains("msg-7").contains("inv-7")
        .doesNotContain(token).doesNotContain("a personal note");
  }
}
