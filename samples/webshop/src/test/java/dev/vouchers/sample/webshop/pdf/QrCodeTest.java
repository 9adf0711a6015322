// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * C-6, S-3: the QR code on the PDF voucher holds the redemption link, read back with ZXing's
 * reader, from the symbol and from the printed page as a renderer draws it.
 */
class QrCodeTest {
  private static final URI URL =
      URI.create("https://shop.example/redeem?code=K7QW2M9XHBDA4TREPZ6S");

  /** What ZXing's reader finds in a picture. */
  private static String decode(BufferedImage picture)
      throws NotFoundException, ChecksumException, FormatException {
    int width = picture.getWidth();
    int height = picture.getHeight();
    int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(width, height, pixels)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }

  private static BufferedImage scaled(BufferedImage image, int factor) {
    BufferedImage large = new BufferedImage(image.getWidth() * factor,
        image.getHeight() * factor, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < large.getHeight(); y++) {
      for (int x = 0; x < large.getWidth(); x++) {
        large.setRGB(x, y, image.getRGB(x / factor, y / factor));
      }
    }
    return large;
  }

  @Test
  void theSymbolHoldsTheLinkWithAQuietZone_C6() throws Exception {
    BufferedImage symbol = QrCode.of(URL.toString());

    // one pixel per module is what the PDF scales; a reader wants a few pixels per module
    assertThat(decode(scaled(symbol, 4))).isEqualTo(URL.toString());
    assertThat(symbol.getWidth()).isEqualTo(symbol.getHeight());
    for (int i = 0; i < QrCode.QUIET_ZONE; i++) {
      assertThat(symbol.getRGB(i, i) & 0xFFFFFF).as("quiet zone at %d", i).isEqualTo(0xFFFFFF);
    }
  }

  @Test
  void thePrintedVoucherCarriesTheLinkAsAQrCode_C6_S3() throws Exception {
    PrintableVoucher voucher = new PrintableVoucher("K7QW-2M9X-HBDA-4TRE-PZ6S", URL, "SSL DV",
        ProductKind.SSL_DV, 1, 1, 0, Instant.parse("2026-05-31T23:30:00Z"),
        Instant.parse("2027-05-31T23:30:00Z"), "Alpine Hosting AG", "Redeemable once.", "");
    byte[] pdf = new PdfBoxVoucherPdf(ZoneId.of("Europe/Zurich")).render(voucher);

    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
    }
    assertThat(decode(page)).isEqualTo(URL.toString());
  }

  @Test
  void aLinkTooLongForAnyQrCodeIsRefusedByName() {
    String huge = "https://shop.example/" + "x".repeat(8000);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> QrCode.of(huge)).withMessageContaining("QR code");
  }
}
