// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.out.OrderNumberTaken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * M-4: every order has a short number, digits only, unique in the store, not sequential; the
 * store keeps it, finds the order by it through a unique index, and says when a new order's
 * number is taken without writing anything; the use case finds a partner's own orders only.
 */
public abstract class OrderNumberContract extends ProgrammeOverStorage {

  private Order find(Actor who, String number) {
    return require(programme.findOrderByNumber().find(
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
    assertThat(require(programme.getOrder().get(new GetOrder.Command(AGENT, placed.id())))
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
    Refusal foreign = refusal(programme.findOrderByNumber().find(
        new FindOrderByNumber.Command(OTHER_ADMIN, placed.number().toString())));
    Refusal missing = refusal(programme.findOrderByNumber().find(
        new FindOrderByNumber.Command(OTHER_ADMIN, nobodys.toString())));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(storage.vouchers().order(new OrderId(UUID.randomUUID().toString()))).isEmpty();
  }
}
