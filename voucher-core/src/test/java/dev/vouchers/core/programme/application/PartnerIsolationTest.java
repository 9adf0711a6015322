// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.CheckCancellation;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherDetails;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import java.io.StringWriter;
import java.net.URI;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * a partner's user reads and changes only that partner's data; anything else gets the
 * very answer a missing id gets. Vendor staff read with masked codes.
 */
class PartnerIsolationTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final Order order = f.order(line(SMIME_1Y, 2));
  private final VoucherView voucher = f.vouchersOf(order).get(0);
  private static final OrderId MISSING_ORDER = new OrderId("no-such-order");
  private static final VoucherId MISSING_VOUCHER = new VoucherId("no-such-voucher");

  private static void sameAnswer(Refusal foreign, Refusal missing, String what) {
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(ReasonCode.NOT_FOUND);
      assertThat(r.message()).isEqualTo(what + " not found");
    });
  }

  private void sameForOrders(Function<OrderId, io.vavr.control.Either<Refusal, ?>> use) {
    sameAnswer(refused(use.apply(order.id())), refused(use.apply(MISSING_ORDER)), "order");
  }

  private void sameForVouchers(Function<VoucherId, io.vavr.control.Either<Refusal, ?>> use) {
    sameAnswer(refused(use.apply(voucher.id())), refused(use.apply(MISSING_VOUCHER)), "voucher");
  }

  @Test
  void anotherPartnersOrdersAreIndistinguishableFromMissingOnes_A1() {
    sameForOrders(id -> f.programme.ordering().getOrder().get(new GetOrder.Command(BOB, id)));
    sameForOrders(id -> f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(BOB, id, new StringWriter())));
    sameForOrders(id -> f.programme.ordering().checkCancellation().check(
        new CheckCancellation.Command(BOB, id)));
    sameForOrders(id -> f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(BOB, id,
        "")));
    assertThat(f.store.vouchers().order(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
  }

  @Test
  void anotherPartnersVouchersAreIndistinguishableFromMissingOnes_A1() {
    Voucher before = f.stored(voucher.id());
    sameForVouchers(id -> f.programme.vouchers().getVoucher().get(new GetVoucher.Command(BOB, id)));
    sameForVouchers(id -> f.programme.vouchers().printVoucher().print(new PrintVoucher.Command(BOB,
        id)));
    sameForVouchers(id -> f.programme.vouchers().commentOnVoucher().comment(
        new CommentOnVoucher.Command(BOB, id, "mine now")));
    sameForVouchers(id -> f.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(BOB, id, "bob@bolt.example", "")));
    sameForVouchers(id -> f.programme.vouchers().withdrawActivationLink().withdraw(
        new WithdrawActivationLink.Command(BOB, id, "")));
    assertThat(f.stored(voucher.id())).isEqualTo(before);
    assertThat(f.store.outbox().backlog()).isZero();
  }

  @Test
  void ownerSeesFullCodesAndVendorStaffSeeOnlyTheLastFour_A1() {
    OrderDetails own = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        order.id())));
    OrderDetails staff = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(SUPPORT,
        order.id())));
    assertThat(staff.order()).isEqualTo(own.order());
    assertThat(staff.vouchers().items()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      VoucherView full = own.vouchers().items().get(i);
      VoucherView masked = staff.vouchers().items().get(i);
      String canonical = f.code(full.id()).reveal();
      assertThat(full.code()).isEqualTo(f.programme.settings().codeFormat().format(f.code(full.id())));
      assertThat(full.redemptionUrl()).isEqualTo(URI.create(REDEEM + "?code=" + full.code()));
      assertThat(masked.code()).isEqualTo("****-" + canonical.substring(canonical.length() - 4));
      assertThat(masked.redemptionUrl().toString()).doesNotContain(full.code());
      assertThat(masked.id()).isEqualTo(full.id());
      assertThat(masked.status()).isEqualTo(full.status());
    }

    VoucherDetails staffVoucher = ok(f.programme.vouchers().getVoucher().get(new GetVoucher.Command(
        SUPPORT, voucher.id())));
    assertThat(staffVoucher.voucher().code()).startsWith("****-").hasSize(9);
    assertThat(ok(f.programme.vouchers().getVoucher().get(new GetVoucher.Command(PLATFORM,
        voucher.id())))
        .voucher().code()).isEqualTo(voucher.code());
  }

  @Test
  void vendorStaffInspectButDoNotDistribute_A1() {
    assertThat(refused(f.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(SUPPORT, order.id(), new StringWriter()))))
        .isEqualTo(Refusal.notFound("order"));
    assertThat(refused(f.programme.vouchers().printVoucher().print(new PrintVoucher.Command(SUPPORT,
        voucher.id()))))
        .isEqualTo(Refusal.notFound("voucher"));
    assertThat(refused(f.programme.vouchers().commentOnVoucher().comment(
        new CommentOnVoucher.Command(SUPPORT, voucher.id(), "x")))).isEqualTo(Refusal.notFound("voucher"));
    assertThat(ok(f.programme.ordering().checkCancellation().check(new CheckCancellation.Command(
        SUPPORT, order.id())))
        .allowed()).isTrue();
  }
}
