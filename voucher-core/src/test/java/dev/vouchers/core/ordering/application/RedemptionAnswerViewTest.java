// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.out.OrderingEvents;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.UUID;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.CertificateRequest;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * V-7, C-5, A-1: an end customer's one-step redemption answers with the parts of the voucher
 * the store returned ({@link RedeemedVoucher}), and the code holder's view built from them is
 * exactly the view of the whole voucher: the code masked, the bare redemption page, its
 * certificate request's reference, no notes and no order number. Nobody who may see more is
 * shown such a view.
 */
class RedemptionAnswerViewTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final Basics basics = new Basics() {
    @Override
    public Instant now() {
      return f.clock.instant();
    }

    @Override
    public String newId() {
      return UUID.randomUUID().toString();
    }

    @Override
    public Entropy entropy() {
      return Entropy.secure();
    }

    @Override
    public int conflictRetries() {
      return 1;
    }

    @Override
    public <T> Either<Refusal, T> answered(Class<?> useCase, Either<Refusal, T> answer) {
      return answer;
    }
  };
  private final OrderingEvents none = new OrderingEvents() {
    @Override
    public void orderPlaced(OrderId order, PartnerId partner, int vouchers, Instant at) {}

    @Override
    public void orderCancelled(OrderId order, PartnerId partner, int vouchers, Instant at) {}

    @Override
    public void voucherMoved(VoucherId voucher, PartnerId partner, VoucherStatus from,
        VoucherStatus to, Instant at) {}
  };
  private final ProgrammeSettings settings =
      ProgrammeSettings.builder().redemptionBaseUrl(REDEEM).build();
  private final Context context = new Context(basics, settings, none,
      new CodeLookups(basics, settings, f.vouchers, f.vault, CodeAttempts.unlimited()),
      f.vouchers, f.store.partners(), f.store.catalog(), f.store.mandates(), f.probe, f.vault,
      new ProductNames(f.store.catalog(), basics));

  private List<Voucher> redeemed() {
    Order order = f.order(line(SSL_DV_1Y, 2));
    List<Voucher> two = f.store.vouchers().vouchersOf(order.id(), Optional.empty(), 2);
    Voucher plain = two.get(0).markRedeemed(CUSTOMER, START).get().after();
    Voucher requested = two.get(1).withStatus(VoucherStatus.RESERVED)
        .withCertificateRequest(new CertificateRequest("REQ-7", Optional.empty(), START))
        .markRedeemed(CUSTOMER, START).get().after();
    return List.of(plain, requested);
  }

  @Test
  void theCodeHoldersViewOfTheAnswerIsTheViewOfTheWholeVoucher_V7_C5() {
    Views views = new Views(context, CUSTOMER);
    for (Voucher after : redeemed()) {
      assertThat(views.of(RedeemedVoucher.of(after))).isEqualTo(views.of(after));
    }
    assertThat(views.of(RedeemedVoucher.of(redeemed().get(1))).certificateRequest())
        .contains("REQ-7");
    assertThat(views.of(RedeemedVoucher.of(redeemed().get(0))).code()).startsWith("****-");
  }

  @Test
  void nobodyWhoMaySeeMoreIsShownTheAnswersView_A1() {
    RedeemedVoucher answer = RedeemedVoucher.of(redeemed().get(0));
    for (Actor privy : List.<Actor>of(ALICE, SUPPORT)) {
      assertThatThrownBy(() -> new Views(context, privy).of(answer))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
