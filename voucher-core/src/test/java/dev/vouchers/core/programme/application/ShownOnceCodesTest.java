// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C-5: in shown-once mode the codes are handed out with the order and never again. */
class ShownOnceCodesTest {
  private final ProgrammeFixture f = ProgrammeFixture.withVault(CodeVault.shownOnce(new byte[32]));

  @Test
  void theOrderHandsOutEveryCodeOnceAndTheStoreKeepsNoneOfThem_C5() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 3))));

    assertThat(placed.codes()).hasSize(3).doesNotHaveDuplicates();
    for (int i = 0; i < 3; i++) {
      VoucherCode code = placed.codes().get(i);
      var stored = f.stored(placed.voucher(i)).code();
      assertThat(stored.sealed()).isEmpty();
      assertThat(stored.digest()).isEqualTo(f.vault.digest(code));
      assertThat(stored.lastFour()).isEqualTo(code.lastFour());
    }
  }

  @Test
  void theOwnerLaterSeesOnlyTheLastFourAndTheBarePage_C5() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 2))));
    List<VoucherView> views = f.vouchersOf(placed.order());
    for (int i = 0; i < 2; i++) {
      assertThat(views.get(i).code()).isEqualTo("****-" + placed.codes().get(i).lastFour());
      assertThat(views.get(i).redemptionUrl()).isEqualTo(REDEEM);
    }
    StringWriter csv = new StringWriter();
    ok(f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(ALICE, placed.order().id(), csv)));
    for (VoucherCode code : placed.codes()) {
      assertThat(csv.toString()).doesNotContain(f.programme.settings().codeFormat().format(code))
          .contains("****-" + code.lastFour());
    }
  }

  @Test
  void theCustomerStillRedeemsByTypingTheCode_C4_C5() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 1))));
    String typed = f.programme.settings().codeFormat().format(placed.codes().get(0));
    assertThat(ok(f.programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(CUSTOMER, typed,
        CallerKey.of("test"))))
        .productName()).isEqualTo("S/MIME Basic");
  }

  @Test
  void theActivationEmailLinksToThePageWithItsLinkTokenWhichFindsTheVoucher_S2_C5_G2() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 1))));
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
        ALICE, placed.voucher(0), "jane@customer.example", "Your code comes by letter")));
    ActivationMessage message =
        f.store.outbox().claim(10, f.clock.instant(), Duration.ofMinutes(1)).get(0).message();
    assertThat(message.code().sealed()).isEmpty();
    URI link = f.programme.activationLinks().link(message);
    assertThat(link.toString()).startsWith(REDEEM + "?link=");
    // G-2: the code is not retrievable, but the link's token finds the voucher
    assertThat(f.programme.vouchers().followActivationLink().follow(
        new FollowActivationLink.Command(
        CUSTOMER, link.getRawQuery().substring("link=".length()),
        CallerKey.of("test"))).isRight()).isTrue();
  }

  @Test
  void anEmailWrittenBeforeLinkTokensLinksToTheBarePage_S2_C5() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 1))));
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
        ALICE, placed.voucher(0), "jane@customer.example", "Your code comes by letter")));
    ActivationMessage m =
        f.store.outbox().claim(10, f.clock.instant(), Duration.ofMinutes(1)).get(0).message();
    ActivationMessage before = new ActivationMessage(m.id(), m.voucher(), m.partner(),
        m.partnerName(), m.recipient(), m.personalMessage(), m.code(), m.redemptionPage(),
        m.productName(), m.expiresAt(), m.language(), m.createdAt());
    assertThat(f.programme.activationLinks().link(before)).isEqualTo(REDEEM);
  }
}
