// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-4: the bundled activation e-mail names the voucher's order by its number, in the partner's
 * language; a message written before it had one renders without the line.
 */
class ActivationMailOrderNumberTest {
  private static final Instant T0 = Instant.parse("2026-03-03T09:00:00Z");
  private static final URI LINK = URI.create("https://shop.example/redeem?link=abc");
  private final ActivationMailTemplate template = new BundledActivationMailTemplate(
      ZoneOffset.UTC);

  private static ActivationMessage message(Locale language, String orderNumber) {
    return new ActivationMessage(MessageId.of("m-1"), VoucherId.of("v-1"), new PartnerId("p"),
        "Acme", new EmailAddress("kunde@example.ch"), "",
        StoredCode.of(CodeDigest.of(new byte[32]), "ABCD", Optional.empty()),
        URI.create("https://shop.example/redeem"), "SSL DV", T0.plusSeconds(86_400), language,
        T0, Optional.empty(), orderNumber);
  }

  @Test
  void theTextNamesTheOrderNumberInThePartnersLanguage_M4() {
    assertThat(template.render(message(Locale.ENGLISH, "123 456 789"), LINK).text())
        .contains("\n\nOrder number: 123 456 789\nMessage m-1");
    assertThat(template.render(message(Locale.GERMAN, "123 456 789"), LINK).text())
        .contains("\n\nBestellnummer: 123 456 789\nNachricht m-1");
    // a language the bundle lacks falls back to English, order line included
    assertThat(template.render(message(Locale.FRENCH, "987 654 321"), LINK).text())
        .contains("Order number: 987 654 321\n");
  }

  @Test
  void aMessageThatNamesNoOrderHasNoOrderLine_M4() {
    String text = template.render(message(Locale.ENGLISH, ""), LINK).text();
    assertThat(text).doesNotContain("Order number").contains("ignore it.\n\nMessage m-1");
  }
}
