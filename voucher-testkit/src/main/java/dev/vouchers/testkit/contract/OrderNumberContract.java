// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.SearchVouchers;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.GetVoucher;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * M-4: every order has a short number, digits only, unique in the store, not sequential; the
 * store keeps it, finds the order by it through a unique index, and says when a new order's
 * number is taken without writing anything; the use case finds a partner's own orders only.
 * The activation e-mail about a voucher is stored naming its order's number, and every view
 * of a voucher for those who may read the order names it too.
 */
public abstract class OrderNumberContract extends ProgrammeOverStorage {
  private static final Duration LEASE = Duration.ofMinutes(5);

  private Order find(Actor who, String number) {
    return require(programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(who, number)));
  }

  @Test
  void numbersAreDigitsOnlyUniqueAndNotSequentialAcrossManyOrders_M4() {
    List<OrderNumber> numbers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      numbers.add(place(1).order().number());
    }
    assertThat(numbers).allSatisfy(n -> assertThat(n.toString()).matches("[1-9][0-9]{8}"));
    assertThat(new HashSet<>(numbers)).hasSize(numbers.size());
    for (int i = 1; i < numbers.size(); i++) {
      assertThat(numbers.get(i).value()).isNotEqualTo(numbers.get(i - 1).value() + 1);
    }
  }

  @Test
  void theStoredOrderKeepsItsNumberInEveryRead_M4() {
    Order placed = place(2).order();
    assertThat(storage.vouchers().order(placed.id()).orElseThrow().number())
        .isEqualTo(placed.number());
    assertThat(storage.vouchers().orders(OrderFilter.all(PARTNER), PageRequest.first(5)).items())
        .extracting(Order::number).containsExactly(placed.number());
    assertThat(require(programme.ordering().getOrder().get(new GetOrder.Command(AGENT,
        placed.id())))
        .order().number()).isEqualTo(placed.number());
  }

  @Test
  void theStoreFindsAnOrderByItsNumberAndNothingByAnother_M4() {
    Order placed = place(1).order();
    assertThat(storage.vouchers().orderByNumber(placed.number()).map(Order::id))
        .contains(placed.id());
    long other = placed.number().value() == OrderNumber.MAX ? OrderNumber.MIN
        : placed.number().value() + 1;
    assertThat(storage.vouchers().orderByNumber(new OrderNumber(other))).isEmpty();
  }

  @Test
  void aTakenNumberIsRefusedByTheStoreAndNothingIsWritten_M4() {
    Order first = ContractData.order(PARTNER, START, PRODUCT.value(), 1);
    assertThat(storage.vouchers().insertOrder(first, ContractData.vouchersFor(first))).isEmpty();
    Order second = ContractData.order(PARTNER, START, PRODUCT.value(), 2)
        .withNumber(first.number());
    long codes = storage.vouchers().codeCount();

    assertThatThrownBy(() -> storage.vouchers().insertOrder(second,
        ContractData.vouchersFor(second))).isInstanceOf(OrderNumberTaken.class);

    assertThat(storage.vouchers().order(second.id())).isEmpty();
    assertThat(storage.vouchers().vouchersOf(second.id(), java.util.Optional.empty(), 10))
        .isEmpty();
    assertThat(storage.vouchers().codeCount()).isEqualTo(codes);
    assertThat(storage.vouchers().orderByNumber(first.number()).map(Order::id))
        .contains(first.id());
    // the same order under a free number is stored
    Order again = second.withNumber(ContractData.nextNumber());
    assertThat(storage.vouchers().insertOrder(again, ContractData.vouchersFor(again))).isEmpty();
  }

  @Test
  void thePartnerAndVendorStaffFindTheOrderByItsNumber_M4() {
    Order placed = place(1).order();
    assertThat(find(AGENT, placed.number().grouped()).id()).isEqualTo(placed.id());
    assertThat(find(AGENT, placed.number().toString()).id()).isEqualTo(placed.id());
    assertThat(find(SUPPORT, placed.number().grouped().replace(' ', '-')).id())
        .isEqualTo(placed.id());
  }

  @Test
  void anotherPartnerGetsNotFoundLikeForANumberNobodyHas_M4_A1() {
    Order placed = place(1).order();
    OrderNumber nobodys = ContractData.nextNumber();
    Refusal foreign = refusal(programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(OTHER_ADMIN, placed.number().toString())));
    Refusal missing = refusal(programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(OTHER_ADMIN, nobodys.toString())));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(storage.vouchers().order(new OrderId(UUID.randomUUID().toString()))).isEmpty();
  }

  // ------------------------------------------------ the activation e-mail and the voucher views

  private VoucherView send(VoucherId voucher, String to) {
    return require(programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
        AGENT,
        voucher, to, "Your certificate")));
  }

  @Test
  void theActivationMessageIsStoredNamingTheVouchersOrderNumber_M4() {
    PlacedOrder first = place(2);
    PlacedOrder second = place(1);
    send(first.voucher(1), "kunde@example.ch");
    send(second.voucher(0), "client@example.org");

    List<Outbox.Entry<ActivationMessage>> due = storage.outbox().claim(10, clock.instant(), LEASE);
    assertThat(due).extracting(e -> e.message().voucher(), e -> e.message().orderNumber())
        .containsExactlyInAnyOrder(
            tuple(first.voucher(1), first.order().number().grouped()),
            tuple(second.voucher(0), second.order().number().grouped()));
  }

  @Test
  void aResentLinksMessageNamesTheOrderAgain_M4() {
    PlacedOrder placed = place(1);
    send(placed.voucher(0), "kunde@example.ch");
    send(placed.voucher(0), "andere@example.ch");

    List<Outbox.Entry<ActivationMessage>> due = storage.outbox().claim(10, clock.instant(), LEASE);
    assertThat(due).extracting(e -> e.message().recipient().value())
        .contains("andere@example.ch");
    assertThat(due).extracting(e -> e.message().orderNumber())
        .containsOnly(placed.order().number().grouped());
  }

  @Test
  void theStoreKeepsAMessagesOrderNumberAndTheEmptyOneOfAnEarlierMessage_M4() {
    Order order = ContractData.order(PARTNER, START, PRODUCT.value(), 2);
    List<Voucher> vouchers = ContractData.vouchersFor(order);
    assertThat(storage.vouchers().insertOrder(order, vouchers)).isEmpty();
    String number = order.number().grouped();
    for (int i = 0; i < 2; i++) {
      Voucher before = vouchers.get(i);
      Voucher after = before.withStatus(VoucherStatus.ASSIGNED).withVersion(1);
      ActivationMessage message = new ActivationMessage(MessageId.of("m-" + i), before.id(),
          PARTNER, "Acme", new EmailAddress("customer@example.com"), "Hello", before.code(),
          URI.create("https://shop.example/redeem"), "SSL DV", before.expiresAt(),
          Locale.ENGLISH, START, Optional.empty(), i == 0 ? number : "");
      assertThat(storage.vouchers().update(new VoucherUpdate(before, after, Optional.of(
          ContractData.entry(before, VoucherStatus.ASSIGNED, START)), List.of(message))))
          .isTrue();
    }

    assertThat(storage.outbox().claim(10, START, LEASE))
        .extracting(e -> e.message().id().value(), e -> e.message().orderNumber())
        .containsExactlyInAnyOrder(tuple("m-0", number), tuple("m-1", ""));
  }

  @Test
  void theStoreLooksUpTheNumbersOfSeveralOrdersAtOnce_M4() {
    Order first = place(1).order();
    Order second = place(1).order();
    OrderId unknown = new OrderId(UUID.randomUUID().toString());

    assertThat(storage.vouchers().orderNumbers(Set.of(first.id(), second.id(), unknown)))
        .isEqualTo(Map.of(first.id(), first.number(), second.id(), second.number()));
    assertThat(storage.vouchers().orderNumbers(Set.of(unknown))).isEmpty();
    assertThat(storage.vouchers().orderNumbers(Set.of())).isEmpty();
  }

  @Test
  void everyViewOfAVoucherNamesItsOrdersNumber_M4() {
    PlacedOrder first = place(2);
    PlacedOrder second = place(1);
    String one = first.order().number().grouped();
    String two = second.order().number().grouped();

    assertThat(send(first.voucher(0), "kunde@example.ch").orderNumber()).isEqualTo(one);
    assertThat(require(programme.vouchers().getVoucher().get(new GetVoucher.Command(AGENT,
        second.voucher(0)))).voucher().orderNumber()).isEqualTo(two);
    assertThat(require(programme.ordering().getOrder().get(new GetOrder.Command(AGENT,
        first.order().id()))).vouchers().items())
        .extracting(VoucherView::orderNumber).containsExactly(one, one);
    // a listing across orders: each voucher names its own order
    Page<VoucherView> listed = require(programme.vouchers().listVouchers().list(
        new ListVouchers.Command(
        AGENT, PARTNER, Set.of(), Optional.empty(), Optional.empty(), PageRequest.first(10))));
    assertThat(listed.items()).hasSize(3).allSatisfy(v -> assertThat(v.orderNumber())
        .isEqualTo(v.order().equals(first.order().id()) ? one : two));
    // vendor support, searching every partner
    assertThat(require(programme.ordering().searchVouchers().search(new SearchVouchers.Command(
        SUPPORT,
        Optional.empty(), SearchVouchers.By.EMAIL, "kunde@example.ch", PageRequest.first(10))))
        .items()).extracting(VoucherView::id, VoucherView::orderNumber)
        .containsExactly(tuple(first.voucher(0), one));
    assertThat(require(programme.ordering().searchVouchers().search(new SearchVouchers.Command(
        AGENT,
        Optional.empty(), SearchVouchers.By.ORDER_NUMBER, two, PageRequest.first(10))))
        .items()).extracting(VoucherView::orderNumber).containsExactly(two);
  }

  @Test
  void anEndCustomersViewOfTheVoucherNamesNoOrder_M4_A1() {
    PlacedOrder placed = place(1);
    String code = programme.settings().codeFormat().format(placed.codes().get(0));

    VoucherView redeemed = require(programme.vouchers().markRedeemed().redeem(
        new MarkRedeemed.Command(
        new Actor.CodeHolder("customer"), VoucherRef.code(code, CallerKey.of("t")))));

    assertThat(redeemed.status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(redeemed.orderNumber()).isEmpty();
    assertThat(require(programme.vouchers().getVoucher().get(new GetVoucher.Command(SUPPORT,
        placed.voucher(0)))).voucher().orderNumber())
        .isEqualTo(placed.order().number().grouped());
  }
}
