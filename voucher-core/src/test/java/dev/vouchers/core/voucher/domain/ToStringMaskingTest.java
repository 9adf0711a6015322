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
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** C-2: a code is a secret; objects that carry one must not print it. */
class ToStringMaskingTest {
  private static final String CODE = "7K2M-9XHB-DA4T-REPZ";

  @Test
  void activationMessageCarriesOnlyTheSealedCodeAndDoesNotPrintIt_S2_C2_C5() {
    URI page = URI.create("https://shop.example.com/redeem");
    StoredCode sealed = DomainFixtures.VAULT.seal(DomainFixtures.CODE);
    ActivationMessage message = new ActivationMessage(MessageId.of("m-1"), VoucherId.of("v-1"), ACME,
        "Acme", new EmailAddress("bob@example.com"), "hello", sealed, page, "SSL DV", T0,
        Locale.ENGLISH, T0);
    assertThat(message.toString()).doesNotContain(DomainFixtures.CODE.reveal())
        .doesNotContain("redeem").contains("m-1").contains("v-1").contains("bob@example.com");
    assertThat(message.code()).isEqualTo(sealed);
    assertThat(message.redemptionPage()).isEqualTo(page);
    assertThatThrownBy(() -> new ActivationMessage(MessageId.of("m-1"), VoucherId.of("v-1"), ACME,
        "Acme", new EmailAddress("bob@example.com"), "hello", null, page, "SSL DV", T0,
        Locale.ENGLISH, T0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void voucherDoesNotPrintItsCode_C2() {
    Voucher voucher = DomainFixtures.voucher(VoucherStatus.VALID);
    String secret = DomainFixtures.CODE.reveal();
    assertThat(voucher.toString()).doesNotContain(secret).contains("v-1");
    assertThat(voucher.code().toString()).doesNotContain(secret)
        .endsWith(voucher.code().lastFour() + "]");
    assertThat(DomainFixtures.CODE.toString()).doesNotContain(secret);
  }

  @Test
  void voucherRefByCodeDoesNotPrintTheTypedCode_C2() {
    VoucherRef ref = VoucherRef.code(CODE, CallerKey.of("test"));
    assertThat(ref.toString()).doesNotContain(CODE).doesNotContain("7K2M");
    assertThat(((VoucherRef.ByCode) ref).typed()).isEqualTo(CODE);
    assertThat(VoucherRef.id(VoucherId.of("v-1")).toString()).contains("v-1");
  }
}
