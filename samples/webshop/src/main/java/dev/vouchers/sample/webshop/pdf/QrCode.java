// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code of a voucher's redemption link (C-6), with ZXing: one pixel per module, black on
 * white, with the standard quiet zone of four modules, for the PDF to scale without blurring.
 * Error correction level M (15 %), enough for a printed and folded voucher.
 */
final class QrCode {
  /** The quiet zone around the symbol, in modules (ISO/IEC 18004). */
  static final int QUIET_ZONE = 4;

  private QrCode() {}

  /**
   * The symbol of {@code text}.
   *
   * @throws IllegalArgumentException for a text too long for any QR code version
   */
  static BufferedImage of(String text) {
    BitMatrix modules;
    try {
      modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN, QUIET_ZONE));
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds this text", e);
    }
    int width = modules.getWidth();
    int height = modules.getHeight();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, modules.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return image;
  }
}
