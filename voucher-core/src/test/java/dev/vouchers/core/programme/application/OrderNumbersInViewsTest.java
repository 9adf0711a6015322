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

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.port.in.ExportOrderCodes;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * M-4, L-1, A-1, C-5: a page of vouchers shows each one's order number, looked up for the
 * whole page in one call; an end customer is not shown it; an export of codes shown once links
 * to the bare redemption page.
 */
class OrderNumbersInViewsTest {

  private final AtomicInteger numberLookups = new AtomicInteger();
  private final ProgrammeFixture f = ProgrammeFixture.withVouchers(this::counting);

  private Vouchers counting(Vouchers store) {
    return (Vouchers) Proxy.newProxyInstance(Vouchers.class.getClassLoader(),
        new Class<?>[] {Vouchers.class}, (proxy, method, args) -> {
          if (method.getName().equals("orderNumbers")) {
            numberLookups.incrementAndGet();
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void aPageOfVouchersOfSeveralOrdersLooksTheirNumbersUpInOneCall_M4_L1() {
    List<Order> orders = List.of(f.order(line(SMIME_1Y, 2)), f.order(line(SMIME_1Y, 1)),
        f.order(line(SMIME_1Y, 2)));
    Map<OrderId, String> numbers = orders.stream()
        .collect(Collectors.toMap(Order::id, o -> o.number().grouped()));
    numberLookups.set(0);

    List<VoucherView> page = ok(f.programme.vouchers().listVouchers().list(new ListVouchers.Command(
        ALICE,
        ACME, Set.of(), Optional.empty(), Optional.empty(), PageRequest.first(10)))).items();

    assertThat(page).hasSize(5).allSatisfy(
        view -> assertThat(view.orderNumber()).isEqualTo(numbers.get(view.order())));
    assertThat(numberLookups).hasValue(1);
  }

  @Test
  void theOwnerIsShownTheOrderNumberAnEndCustomerIsNot_M4_A1() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 1))));
    String typed = f.programme.settings().codeFormat().format(placed.codes().get(0));

    VoucherView redeemed = ok(f.programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(
        CUSTOMER, VoucherRef.code(typed, CallerKey.of("views-test")))));

    assertThat(redeemed.orderNumber()).isEmpty();
    assertThat(f.view(redeemed.id()).orderNumber())
        .isEqualTo(placed.order().number().grouped());
  }

  /** M-4, S-2: the e-mail and the answer's view carry the number, read once for both. */
  @Test
  void sendingAnActivationLinkReadsTheOrderNumberOnceForTheMailAndTheView_M4_S2() {
    PlacedOrder placed = ok(f.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 1))));
    numberLookups.set(0);

    VoucherView sent = ok(f.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(
        ALICE, f.vouchersOf(placed.order()).get(0).id(), "kim@example.com", "Hello")));

    assertThat(sent.orderNumber()).isEqualTo(placed.order().number().grouped());
    assertThat(numberLookups).hasValue(1);
  }

  @Test
  void anExportOfCodesShownOnceLinksEveryCodeToTheBareRedemptionPage_C5_S1() {
    ProgrammeFixture g = ProgrammeFixture.withVault(CodeVault.shownOnce(new byte[32]));
    PlacedOrder placed = ok(g.tryPlace(ALICE, ACME, request(line(SMIME_1Y, 2))));
    StringWriter csv = new StringWriter();

    ok(g.programme.ordering().exportOrderCodes().export(
        new ExportOrderCodes.Command(ALICE, placed.order().id(), csv)));

    List<String> rows = csv.toString().lines().skip(1).toList();
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row)
        .startsWith("****-").contains("," + REDEEM + ","));
  }
}
