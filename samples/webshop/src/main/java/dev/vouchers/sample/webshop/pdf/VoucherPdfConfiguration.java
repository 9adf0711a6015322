// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link VoucherPdf} bean: {@link PdfBoxVoucherPdf} with dates in
 * {@code webshop.pdf.zone} (default {@code Europe/Zurich}). A shop's own {@link VoucherPdf} bean
 * replaces it.
 */
@Configuration(proxyBeanMethods = false)
public class VoucherPdfConfiguration {

  @Bean
  @ConditionalOnMissingBean
  VoucherPdf voucherPdf(@Value("${webshop.pdf.zone:Europe/Zurich}") ZoneId zone) {
    return new PdfBoxVoucherPdf(zone);
  }
}
