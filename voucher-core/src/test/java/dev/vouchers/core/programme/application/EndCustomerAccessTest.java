// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import org.junit.jupiter.api.Test;

/** A-1, C-5: an end customer acts with a code, never with an id, and sees no partner notes. */
class EndCustomerAccessTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();

  @Test
  void anEndCustomerCannotUseAVoucherByItsId_A1() {
    VoucherView voucher = f.single(SMIME_1Y);
    var byId = f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.id(voucher.id())));
    assertThat(byId.getLeft()).isEqualTo(Refusal.notFound("voucher"));
    var start = f.programme.vouchers().startOrganisationActivation().start(
        new StartOrganisationActivation.Command(CUSTOMER, VoucherRef.id(voucher.id())));
    assertThat(start.getLeft()).isEqualTo(Refusal.notFound("voucher"));
    assertThat(f.view(voucher.id()).status()).isEqualTo(VoucherStatus.VALID);
    assertThat(f.store.vouchers().history(voucher.id())).isEmpty();
  }

  @Test
  void anEndCustomerSeesNeitherTheRecipientNorThePartnersComment_A1() {
    VoucherView voucher = f.single(SMIME_1Y);
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
        voucher.id(),
        "it@customer.example", "internal: paid by card")));
    ok(f.programme.vouchers().commentOnVoucher().comment(new CommentOnVoucher.Command(ALICE,
        voucher.id(),
        "customer is late with payment")));

    VoucherView seen = ok(f.programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(voucher.code(), CallerKey.of("test")))));

    assertThat(seen.status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(seen.assignment()).isEmpty();
    assertThat(seen.comment()).isEmpty();
    assertThat(seen.certificateRequest()).isEmpty();
    assertThat(seen.code()).doesNotContain(voucher.code().substring(0, 9));
    // the partner still sees its notes
    VoucherView own = f.view(voucher.id());
    assertThat(own.assignment()).isPresent();
    assertThat(own.comment()).contains("customer is late with payment");
  }
}
