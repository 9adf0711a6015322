// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import static dev.vouchers.core.fixtures.DomainFixtures.PLATFORM;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.order;
import static dev.vouchers.core.fixtures.DomainFixtures.voucher;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The defaults of the {@link Vouchers} port, which a store that does not override them inherits
 * (issue 18, session 6: the in-memory adapter overrides them, so the core's tests did not reach
 * them): order numbers looked up one order at a time (M-4) and a redemption that reads, decides
 * and writes conditionally (V-1, V-7).
 */
class VouchersDefaultsTest {
  private final List<Object> calls = new ArrayList<>();

  /** A store that implements only what the defaults need; every default is its own. */
  private Vouchers store(Map<OrderId, Order> orders, Optional<Voucher> byCode, boolean writes) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      return answer(method, args, orders, byCode, writes);
    };
    return (Vouchers) Proxy.newProxyInstance(Vouchers.class.getClassLoader(),
        new Class<?>[] {Vouchers.class}, handler);
  }

  private Object answer(Method method, Object[] args, Map<OrderId, Order> orders,
      Optional<Voucher> byCode, boolean writes) {
    calls.add(args == null ? method.getName() : args[0]);
    return switch (method.getName()) {
      case "order" -> Optional.ofNullable(orders.get((OrderId) args[0]));
      case "voucherByCode" -> byCode;
      case "update" -> writes;
      default -> throw new UnsupportedOperationException(method.getName());
    };
  }

  @Test
  void orderNumbersNameEveryStoredOrderAndLeaveOutUnknownIds_M4() {
    Order first = order(T0);
    OrderId unknown = OrderId.of("o-unknown");
    Vouchers vouchers = store(Map.of(first.id(), first), Optional.empty(), false);

    Map<OrderId, OrderNumber> numbers = vouchers.orderNumbers(Set.of(first.id(), unknown));

    assertThat(numbers).containsExactly(Map.entry(first.id(), first.number()));
    assertThat(vouchers.orderNumbers(Set.of())).isEmpty();
  }

  @Test
  void aRedemptionByOneDigestMovesTheVoucherItFindsToRedeemed_V1() {
    CodeDigest digest = CodeDigest.of(new byte[CodeDigest.LENGTH]);
    Vouchers vouchers = store(Map.of(), Optional.of(voucher(VoucherStatus.VALID)), true);

    Optional<Vouchers.Redemption> redemption = vouchers.redeem(digest, PLATFORM, T0);

    assertThat(redemption).hasValueSatisfying(r -> {
      assertThat(r.from()).isEqualTo(VoucherStatus.VALID);
      assertThat(r.after().status()).isEqualTo(VoucherStatus.REDEEMED);
    });
    assertThat(calls).first().isEqualTo(digest);
    assertThat(calls).last().isInstanceOf(VoucherUpdate.class);
  }

  @Test
  void aRedemptionThatLosesItsConditionalWriteRedeemsNothing_V7() {
    CodeDigest digest = CodeDigest.of(new byte[CodeDigest.LENGTH]);
    assertThat(store(Map.of(), Optional.of(voucher(VoucherStatus.VALID)), false)
        .redeem(digest, PLATFORM, T0)).isEmpty();
    assertThat(store(Map.of(), Optional.of(voucher(VoucherStatus.CANCELLED)), true)
        .redeem(digest, PLATFORM, T0)).isEmpty();
    assertThat(store(Map.of(), Optional.empty(), true).redeem(digest, PLATFORM, T0)).isEmpty();
  }
}
