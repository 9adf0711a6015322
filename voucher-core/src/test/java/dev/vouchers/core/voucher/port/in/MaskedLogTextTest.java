// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import static dev.vouchers.core.fixtures.DomainFixtures.HOLDER;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.sslConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * C-2, C-5, G-1, G-2: what the commands and views that carry a typed code, a link token or a
 * caller's address print into logs: enough to tell them apart (who, which caller, which
 * voucher), never the code, the token or the address itself.
 */
class MaskedLogTextTest {
  private static final String CODE = "ABCD-EFGH-JKMN-PQRS-TVWX";
  private static final String TOKEN = "tok3n-0f-the-l1nk";
  private static final CallerKey CALLER = CallerKey.of("203.0.113.7");

  @Test
  void aCallerKeyPrintsAPrefixOfItsDigestNotTheAddress_G1() {
    assertThat(CALLER.toString())
        .isEqualTo("CallerKey[" + CALLER.digest().substring(0, 12) + "]")
        .doesNotContain("203.0.113.7");
    assertThat(CallerKey.of("198.51.100.1").toString()).isNotEqualTo(CALLER.toString());
  }

  @Test
  void aLookUpNamesWhoAndWhichCallerButNotTheCode_C2_C5_G1() {
    String text = new LookUpCode.Command(HOLDER, CODE, CALLER).toString();
    assertThat(text).isEqualTo("Command[principal=" + HOLDER + ", code=****, caller=" + CALLER + "]")
        .doesNotContain("ABCD").doesNotContain("TVWX");
  }

  @Test
  void aFollowedLinkNamesWhoAndWhichCallerButNotTheToken_G2_G1() {
    String text = new FollowActivationLink.Command(HOLDER, TOKEN, CALLER).toString();
    assertThat(text).isEqualTo("Command[principal=" + HOLDER + ", token=****, caller=" + CALLER + "]")
        .doesNotContain(TOKEN);
  }

  @Test
  void voucherReferencesByCodeOrLinkPrintMasked_C2_G2() {
    assertThat(new VoucherRef.ByCode(CODE, CALLER)).hasToString("ByCode[****]");
    assertThat(new VoucherRef.ByLink(TOKEN, CALLER)).hasToString("ByLink[****]");
  }

  @Test
  void aVoucherViewNamesTheVoucherItsStatusAndProductButNotTheCode_C2() {
    VoucherView view = new VoucherView(VoucherId.of("v-9"), OrderId.of("o-1"), CODE,
        VoucherStatus.ASSIGNED, sslConfig(), "SSL DV", T0, T0.plusSeconds(60), Optional.empty(),
        Optional.empty(), Optional.empty(), URI.create("https://shop.example/r?code=" + CODE),
        "123456789");
    assertThat(view.toString())
        .isEqualTo("VoucherView[v-9 ASSIGNED " + sslConfig() + "]")
        .doesNotContain("ABCD");
  }
}
