// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import dev.vouchers.core.voucher.domain.PrintableVoucher;

/**
 * S-3: renders a printable voucher (the core's {@link PrintableVoucher}, from the
 * {@code PrintVoucher} use case) as a PDF document to download or print.
 */
@FunctionalInterface
public interface VoucherPdf {

  /**
   * Renders one voucher.
   *
   * @param voucher what the voucher shows
   * @return the bytes of a complete PDF document
   */
  byte[] render(PrintableVoucher voucher);

  /**
   * Renders one voucher in the reader's language; a renderer with one language ignores it.
   *
   * @param voucher what the voucher shows
   * @param language the reader's language (the shop's pages' language)
   * @return the bytes of a complete PDF document
   */
  default byte[] render(PrintableVoucher voucher, java.util.Locale language) {
    return render(voucher);
  }
}
