// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.programme.domain.ErasureKind;
import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.port.in.ErasePersonalData;
import dev.vouchers.spring.shop.TestShop;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * E-1: {@code vouchers.erasure.*}: the use case as a bean over the shop's database, the
 * automatic erasure's retention and interval, checked at startup, and switching it off.
 */
class ErasureAutoConfigurationTest {
  private static final Actor SUPPORT = Actor.VendorStaff.of(new UserId("sue"), StaffRole.SUPPORT);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
          "vouchers.outbox.relay-enabled=false")
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  @Test
  void personalDataIsErasedOverTheShopsDatabaseAndTheSweepRunsByDefault_E1() {
    runner.run(context -> {
      ErasureRecord record = TestShop.ok(context.getBean(ErasePersonalData.class).erase(
          ErasePersonalData.Command.address(SUPPORT, "someone@example.org")));
      assertThat(record.kind()).isEqualTo(ErasureKind.ADDRESS);
      VouchersProperties properties = context.getBean(VouchersProperties.class);
      assertThat(properties.erasure().enabled()).isTrue();
      assertThat(properties.erasure().retention()).isEqualTo(Duration.ofDays(365));
      assertThat(properties.erasure().interval()).isEqualTo(Duration.ofHours(1));
      assertThat(context).hasSingleBean(VouchersScheduler.class);
    });
  }

  @Test
  void theRetentionAndIntervalAreCheckedAtStartup_E1() {
    runner.withPropertyValues("vouchers.erasure.retention=30d",
        "vouchers.erasure.interval=10m").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(VouchersProperties.class).erasure().retention())
              .isEqualTo(Duration.ofDays(30));
        });
    runner.withPropertyValues("vouchers.erasure.retention=-1d",
        "vouchers.erasure.interval=0s").run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().message()
              .contains("vouchers.erasure.retention must be 0..36525d")
              .contains("vouchers.erasure.interval must be positive");
        });
  }

  @Test
  void theSweepIsOffWhenDisabled_E1() {
    runner.withPropertyValues("vouchers.erasure.enabled=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(VouchersProperties.class).erasure().enabled()).isFalse();
    });
  }
}
