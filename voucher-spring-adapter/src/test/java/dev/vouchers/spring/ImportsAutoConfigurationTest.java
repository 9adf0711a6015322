// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.port.in.ImportCodes;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.spring.shop.TestShop;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/** M-1: {@code vouchers.imports.*}: the declared import formats, and the import over JDBC. */
class ImportsAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class,
          TransactionAutoConfiguration.class, VouchersAutoConfiguration.class))
      .withPropertyValues("spring.datasource.url=" + TestDatabases.H2.freshUrl(),
          "vouchers.outbox.relay-enabled=false")
      .withPropertyValues(TestShop.properties().toArray(String[]::new));

  @Test
  void noFormatsAreDeclaredByDefault_M1() {
    runner.run(context -> assertThat(
        context.getBean(VoucherProgramme.class).settings().importFormats()).isEmpty());
  }

  @Test
  void declaredFormatsReachRedemption_M1() {
    runner.withPropertyValues("vouchers.imports.formats[0].name=legacy",
        "vouchers.imports.formats[0].alphabet=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        "vouchers.imports.formats[0].length=8").run(context -> {
          assertThat(context.getBean(VoucherProgramme.class).settings().importFormats())
              .containsExactly(new ImportFormat("legacy",
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8, false));
          new TestShop(context).seed();
          TestShop.ok(context.getBean(ImportCodes.class).importCodes(new ImportCodes.Command(
              TestShop.MANAGER, TestShop.PARTNER, "legacy", List.of(new ImportRow(2,
                  "OLDCODE1", "ssl-dv", "1", "1", "0", "VALID", "2099-12-31", "", ""))::forEach)));
          TestShop.ok(context.getBean(LookUpCode.class).lookUp(new LookUpCode.Command(
              new Actor.CodeHolder("web"), "oldcode1", CallerKey.of("203.0.113.9"))));
        });
  }

  @Test
  void anInvalidFormatFailsTheStartupNamingTheProperty_M1() {
    runner.withPropertyValues("vouchers.imports.formats[0].name=legacy",
        "vouchers.imports.formats[0].alphabet=AB-",
        "vouchers.imports.formats[0].length=3").run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().message()
              .contains("vouchers.imports.formats[0]: the length must be")
              .contains("vouchers.imports.formats[0]: the alphabet may only contain");
        });
  }
}
