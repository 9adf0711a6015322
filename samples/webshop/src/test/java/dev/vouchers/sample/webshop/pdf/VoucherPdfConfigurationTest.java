// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** S-3: the {@link VoucherPdf} bean. */
class VoucherPdfConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(VoucherPdfConfiguration.class);

  @Test
  void providesThePdfBoxRenderer_S3() {
    runner.run(context -> assertThat(context).hasSingleBean(VoucherPdf.class)
        .getBean(VoucherPdf.class).isInstanceOf(PdfBoxVoucherPdf.class));
  }

  @Test
  void backsOffForTheShopsOwnRenderer_S3() {
    VoucherPdf own = voucher -> new byte[0];
    runner.withBean("ownPdf", VoucherPdf.class, () -> own)
        .run(context -> assertThat(context).hasSingleBean(VoucherPdf.class)
            .getBean(VoucherPdf.class).isSameAs(own));
  }

  @Test
  void refusesAZoneThatDoesNotExist_S3() {
    runner.withPropertyValues("webshop.pdf.zone=Mars/Olympus_Mons")
        .run(context -> assertThat(context).hasFailed());
  }
}
