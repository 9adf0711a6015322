// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** S-3: the sample renderer: a self-contained, escaped HTML page for one voucher. */
public final class PrintableVoucherHtml {
  private PrintableVoucherHtml() {}

  /** Renders the voucher with dates in the given zone. */
  public static String render(PrintableVoucher voucher, ZoneId zone) {
    DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Voucher</title></head>"
        + "<body>\n<h1>" + escape(voucher.productName()) + "</h1>\n"
        + "<p class=\"code\"><code>" + escape(voucher.code()) + "</code></p>\n"
        + "<dl>\n"
        + row("Kind", voucher.kind().name())
        + row("Validity", voucher.validityYears() + " year(s)")
        + row("Domains", voucher.fqdns() + " FQDN(s), " + voucher.wildcards() + " wildcard(s)")
        + row("Issued", date.format(voucher.issuedAt()))
        + row("Redeem before", date.format(voucher.expiresAt()))
        + row("Issued by", voucher.partnerName())
        + (voucher.orderNumber().isEmpty() ? "" : row("Order number", voucher.orderNumber()))
        + "</dl>\n"
        + "<p>Redeem at <a href=\"" + escape(voucher.redemptionUrl().toString()) + "\">"
        + escape(voucher.redemptionUrl().toString()) + "</a></p>\n"
        + "<p class=\"terms\">" + escape(voucher.terms()) + "</p>\n</body></html>\n";
  }

  private static String row(String term, String value) {
    return "<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>\n";
  }

  /** Escapes the five HTML-significant characters. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
