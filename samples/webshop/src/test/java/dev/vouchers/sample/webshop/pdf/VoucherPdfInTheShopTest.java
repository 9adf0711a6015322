// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import dev.vouchers.core.voucher.port.in.PrintVoucher;
import dev.vouchers.sample.webshop.demo.DemoSeeder;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** S-3 in the webshop: a voucher ordered through the library, printed by the shop's renderer. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:pdf-${random.uuid};DB_CLOSE_DELAY=-1",
    "webshop.demo.seed=true"})
class VoucherPdfInTheShopTest {
  @Autowired
  OrderVouchers orderVouchers;
  @Autowired
  PrintVoucher printVoucher;
  @Autowired
  VoucherPdf voucherPdf;
  @Autowired
  DemoUsers users;

  @Test
  void printsAnOrderedVoucherWithItsCodeProductExpiryPartnerAndUrl_S3() throws IOException {
    DemoUser anna = users.byId("anna").orElseThrow();
    Either<Refusal, PlacedOrder> placed = orderVouchers.order(new OrderVouchers.Command(
        anna.principal(), anna.partner().orElseThrow(),
        new OrderRequest(Optional.empty(), Optional.empty(), "invoice",
            List.of(new OrderRequest.Line(DemoSeeder.SSL_DV.value(), 2, 1, 0, 1)))));
    assertThat(placed.isRight()).as("%s", placed).isTrue();
    PrintableVoucher printable = printVoucher.print(
        new PrintVoucher.Command(anna.principal(), placed.get().voucher(0))).get();

    byte[] pdf = voucherPdf.render(printable);

    assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF");
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    String expiry = DateTimeFormatter.ofPattern("dd.MM.uuuu").withZone(ZoneId.of("Europe/Zurich"))
        .format(printable.expiresAt());
    assertThat(text)
        .contains(printable.code())
        .contains("SSL DV")
        .contains("2 years")
        .contains("Valid until " + expiry)
        .contains("Alpine Hosting AG")
        .contains(printable.redemptionUrl().toASCIIString());
  }
}
