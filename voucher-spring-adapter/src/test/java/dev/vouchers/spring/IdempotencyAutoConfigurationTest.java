// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.programme.port.out.IdempotencyKeys;
import dev.vouchers.spring.shop.TestShop;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/** G-3: {@code vouchers.idempotency.*}: the key store, its retention, and switching it off. */
class IdempotencyAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
          "vouchers.outbox.relay-enabled=false")
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  private static OrderVouchers.Command order(int quantity) {
    return new OrderVouchers.Command(TestShop.ANNA, TestShop.PARTNER,
        new OrderRequest(Optional.empty(), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line("ssl-dv", 1, 1, 0, quantity))))
        .withIdempotencyKey(IdempotencyKey.of("order-42"));
  }

  @Test
  void keysAreKeptByDefaultFor24Hours_G3() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(IdempotencyKeys.class);
      assertThat(context.getBean(VoucherProgramme.class).settings().idempotencyRetention())
          .isEqualTo(Duration.ofHours(24));
      new TestShop(context).seed();
      OrderVouchers orders = context.getBean(OrderVouchers.class);
      PlacedOrder first = TestShop.ok(orders.order(order(2)));
      assertThat(TestShop.ok(orders.order(order(2))).order().id())
          .isEqualTo(first.order().id());
      assertThat(orders.order(order(3)).getLeft().codes())
          .containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
    });
  }

  @Test
  void theRetentionIsAPropertyOfAtLeast24Hours_G3() {
    runner.withPropertyValues("vouchers.idempotency.retention=7d").run(context ->
        assertThat(context.getBean(VoucherProgramme.class).settings().idempotencyRetention())
            .isEqualTo(Duration.ofDays(7)));
    runner.withPropertyValues("vouchers.idempotency.retention=1h").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().message()
          .contains("vouchers.idempotency.retention must be at least 24h");
    });
  }

  @Test
  void disabledKeysAreNotKept_G3() {
    runner.withPropertyValues("vouchers.idempotency.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(IdempotencyKeys.class);
      new TestShop(context).seed();
      OrderVouchers orders = context.getBean(OrderVouchers.class);
      PlacedOrder first = TestShop.ok(orders.order(order(2)));
      assertThat(TestShop.ok(orders.order(order(2))).order().id())
          .isNotEqualTo(first.order().id());
    });
  }
}
