// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.ProductKind;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PrintableVoucherHtmlTest {
  private static final URI URL = URI.create("https://shop.example.com/redeem?code=ABCD-EFGH&x=1");

  private static PrintableVoucher voucher(String productName, String partner, String terms) {
    return new PrintableVoucher("ABCD-EFGH-JKMN", URL, productName, ProductKind.SSL_DV, 2, 3, 1,
        Instant.parse("2026-05-31T23:30:00Z"), Instant.parse("2027-05-31T23:30:00Z"), partner, terms,
        "123 456 789");
  }

  @Test
  void escapesTheFiveHtmlSignificantCharacters_S3() {
    assertThat(PrintableVoucherHtml.escape("<>&\"'")).isEqualTo("&lt;&gt;&amp;&quot;&#39;");
    assertThat(PrintableVoucherHtml.escape("plain text 123")).isEqualTo("plain text 123");
    assertThat(PrintableVoucherHtml.escape("")).isEmpty();
    assertThat(PrintableVoucherHtml.escape("a<b")).isEqualTo("a&lt;b");
  }

  @Test
  void rendersEveryPartEscaped_S3() {
    String html = PrintableVoucherHtml.render(
        voucher("<script>alert('x')</script>", "Tom & \"Jerry\"", "No <b>cash</b>"),
        ZoneId.of("UTC"));
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("Tom &amp; &quot;Jerry&quot;")
        .contains("No &lt;b&gt;cash&lt;/b&gt;")
        .contains("<code>ABCD-EFGH-JKMN</code>")
        .contains("href=\"https://shop.example.com/redeem?code=ABCD-EFGH&amp;x=1\"")
        .contains("<dd>SSL_DV</dd>")
        .contains("<dd>2 year(s)</dd>")
        .contains("<dd>3 FQDN(s), 1 wildcard(s)</dd>")
        .startsWith("<!DOCTYPE html>");
  }

  @Test
  void showsIssueAndExpiryDatesInTheGivenZone_S3() {
    PrintableVoucher v = voucher("SSL", "Acme", "Terms");
    assertThat(PrintableVoucherHtml.render(v, ZoneId.of("UTC")))
        .contains("<dt>Issued</dt><dd>2026-05-31</dd>")
        .contains("<dt>Redeem before</dt><dd>2027-05-31</dd>");
    assertThat(PrintableVoucherHtml.render(v, ZoneId.of("Europe/Zurich")))
        .contains("<dt>Issued</dt><dd>2026-06-01</dd>")
        .contains("<dt>Redeem before</dt><dd>2027-06-01</dd>");
  }

  @Test
  void printableVoucherToStringDoesNotRevealTheCode_S3_C2() {
    PrintableVoucher v = voucher("SSL DV", "Acme", "Terms");
    assertThat(v.toString()).doesNotContain("ABCD").doesNotContain("redeem").contains("SSL DV");
    assertThatThrownBy(() -> new PrintableVoucher(null, URL, "p", ProductKind.SSL_DV, 1, 1, 0,
        Instant.EPOCH, Instant.EPOCH, "p", "t", "")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void showsTheOrderNumberWhenThereIsOne_M4() {
    assertThat(PrintableVoucherHtml.render(voucher("SSL DV", "Acme", "Terms"), ZoneId.of("UTC")))
        .contains("<dt>Order number</dt><dd>123 456 789</dd>");
  }
}
