// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import dev.vouchers.spring.shop.TestShop;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/** G-1: {@code vouchers.attempts.*}: the attempt store, the limit and its counter. */
class AttemptsAutoConfigurationTest {
  private static final Actor CUSTOMER = new Actor.CodeHolder("web");
  private static final String WRONG = "0000-0000-0000-0000-0000";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
          "vouchers.outbox.relay-enabled=false")
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  @Test
  void attemptsAreLimitedByDefaultTenWithinFifteenMinutes_G1() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(CodeAttempts.class);
      VoucherProgramme programme = context.getBean(VoucherProgramme.class);
      assertThat(programme.settings().attemptLimit()).isEqualTo(AttemptLimit.defaults());
      LookUpCode lookUp = context.getBean(LookUpCode.class);
      CallerKey key = CallerKey.of("ip:192.0.2.9");
      for (int i = 0; i < 10; i++) {
        assertThat(lookUp.lookUp(new LookUpCode.Command(CUSTOMER, WRONG, key)).getLeft()
            .has(ReasonCode.TOO_MANY_ATTEMPTS)).isFalse();
      }
      assertThat(lookUp.lookUp(new LookUpCode.Command(CUSTOMER, WRONG, key)).getLeft().codes())
          .containsExactly(ReasonCode.TOO_MANY_ATTEMPTS);
      assertThat(context.getBean(CodeAttempts.class).window(key)).isPresent();
    });
  }

  @Test
  void theLimitAndWindowAreProperties_G1() {
    runner.withPropertyValues("vouchers.attempts.max-failures=3",
        "vouchers.attempts.window=2m").run(context ->
            assertThat(context.getBean(VoucherProgramme.class).settings().attemptLimit())
                .isEqualTo(new AttemptLimit(3, Duration.ofMinutes(2))));
  }

  @Test
  void malformedLimitsAreNamedAtStartup_G1() {
    runner.withPropertyValues("vouchers.attempts.max-failures=0",
        "vouchers.attempts.window=0s").run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().message()
              .contains("vouchers.attempts.max-failures must be 1..")
              .contains("vouchers.attempts.window must be 1s..1d");
        });
  }

  @Test
  void disabledAttemptsAreNotCounted_G1() {
    runner.withPropertyValues("vouchers.attempts.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(CodeAttempts.class);
      LookUpCode lookUp = context.getBean(LookUpCode.class);
      CallerKey key = CallerKey.of("ip:192.0.2.9");
      for (int i = 0; i < 20; i++) {
        assertThat(lookUp.lookUp(new LookUpCode.Command(CUSTOMER, WRONG, key)).getLeft()
            .has(ReasonCode.TOO_MANY_ATTEMPTS)).isFalse();
      }
    });
  }

  @Test
  void refusalsForTooManyAttemptsAreCounted_G1() {
    runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class))
        .withPropertyValues("vouchers.attempts.max-failures=1").run(context -> {
          CallerKey key = CallerKey.of("session:abc");
          LookUpCode lookUp = context.getBean(LookUpCode.class);
          MarkRedeemed redeem = context.getBean(MarkRedeemed.class);
          lookUp.lookUp(new LookUpCode.Command(CUSTOMER, WRONG, key));
          lookUp.lookUp(new LookUpCode.Command(CUSTOMER, WRONG, key));
          redeem.redeem(new MarkRedeemed.Command(CUSTOMER, VoucherRef.code(WRONG, key)));
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("vouchers.attempts.refused").tag("use.case", "LookUpCode")
              .counter().count()).isEqualTo(1.0);
          assertThat(registry.get("vouchers.attempts.refused").tag("use.case", "MarkRedeemed")
              .counter().count()).isEqualTo(1.0);
        });
  }
}
