// SPDX-License-Identifier: Apache-2.0
/**
 * S-3: the printable voucher as a PDF. {@link dev.vouchers.sample.webshop.pdf.VoucherPdf} is what
 * the shop's pages and API call; {@link dev.vouchers.sample.webshop.pdf.PdfBoxVoucherPdf} renders
 * with Apache PDFBox and the standard 14 fonts, replacing what those fonts cannot show.
 */
@NullMarked
package dev.vouchers.sample.webshop.pdf;

import org.jspecify.annotations.NullMarked;
