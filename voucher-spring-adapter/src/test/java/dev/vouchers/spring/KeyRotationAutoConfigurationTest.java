// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.RekeyCodes;
import dev.vouchers.core.voucher.port.out.CodeRekeying;
import dev.vouchers.spring.shop.TestShop;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * G-4: {@code vouchers.codes.keys.*} and {@code vouchers.codes.current-key}: the key ring, the
 * re-keying job's beans and meters, and a startup error naming a bad key.
 */
class KeyRotationAutoConfigurationTest {
  private static final String K2_LOOKUP = "azItbG9va3VwLWtleS1mb3ItdGVzdHMtb25seS0zMmI=";
  private static final String K2_ENCRYPTION = "azItZW5jcnlwdGlvbi1rZXktZm9yLXRlc3RzLW9ubHk=";
  private static final Actor OPERATOR = new Actor.Service("operator");

  private final String url = TestDatabases.H2.freshUrl();
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class,
          MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
          SimpleMetricsExportAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + url, "vouchers.outbox.relay-enabled=false",
          "vouchers.codes.rekey.enabled=false")
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  @Test
  void aNewKeyBecomesCurrentAndTheJobMovesTheCodesOfTheInitialKey_G4() {
    PlacedOrder[] placed = new PlacedOrder[1];
    runner.run(context -> placed[0] = new TestShop(context).seed().order(3));
    runner.withPropertyValues("vouchers.codes.keys.k2.lookup-key=" + K2_LOOKUP,
        "vouchers.codes.keys.k2.encryption-key=" + K2_ENCRYPTION,
        "vouchers.codes.current-key=k2").run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(CodeRekeying.class);
          VoucherProgramme programme = context.getBean(VoucherProgramme.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("vouchers.codes.older.keys").gauge().value()).isEqualTo(3.0);
          // the old key's codes are found at once
          assertThat(programme.vouchers().lookUpCode().lookUp(new LookUpCode.Command(
              new Actor.CodeHolder("web"), placed[0].codes().get(0).reveal(),
              CallerKey.of("test"))).isRight()).isTrue();
          RekeyCodes.Progress progress = programme.vouchers().rekeyCodes()
              .rekey(new RekeyCodes.Command(OPERATOR, 100)).get();
          assertThat(progress.currentKey()).isEqualTo("k2");
          assertThat(progress.moved()).isEqualTo(3);
          assertThat(progress.droppable(CodeKey.INITIAL)).isTrue();
          assertThat(registry.get("vouchers.codes.rekeyed").functionCounter().count())
              .isEqualTo(3.0);
          assertThat(context.getBean(CodeRekeying.class).codesUnder(Set.of("k2")))
              .containsEntry("k2", 3L);
        });
    // the initial key dropped: k2 alone, as the top-level key with its id
    runner.withPropertyValues("vouchers.codes.lookup-key=" + K2_LOOKUP,
        "vouchers.codes.encryption-key=" + K2_ENCRYPTION, "vouchers.codes.key-id=k2")
        .run(context -> assertThat(context.getBean(VoucherProgramme.class).vouchers().lookUpCode()
            .lookUp(new LookUpCode.Command(new Actor.CodeHolder("web"),
                placed[0].codes().get(1).reveal(), CallerKey.of("test"))).isRight()).isTrue());
  }

  @Test
  void aBadKeyIsNamedAtStartup_G4() {
    runner.withPropertyValues("vouchers.codes.keys.k2.lookup-key=c2hvcnQ=",
        "vouchers.codes.current-key=k3").run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().message()
              .contains("vouchers.codes.keys.k2.lookup-key must decode to at least 32 bytes")
              .contains("vouchers.codes.keys.k2.encryption-key is required")
              .contains("vouchers.codes.current-key names the key \"k3\", which is not"
                  + " configured");
        });
  }

  @Test
  void theJobRunsInTheBackgroundUnlessSwitchedOff_G4() {
    runner.withPropertyValues("vouchers.codes.rekey.enabled=true").run(context ->
        assertThat(context).hasSingleBean(KeyRotationScheduler.class));
    runner.run(context -> assertThat(context).doesNotHaveBean(KeyRotationScheduler.class));
  }
}
