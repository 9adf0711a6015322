// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * S-3: the sample's PDF renderer, with Apache PDFBox. One A4 page: the issuing partner, the
 * product and its kind, the code large in a monospaced font, validity, domains, issue and expiry
 * dates in a configured zone, the redemption URL (a link, and a QR code of it with ZXing) and
 * the terms, wrapped. Terms too
 * long for the first page continue on further pages, up to {@value #MAX_PAGES} pages in all;
 * beyond that they are cut off with a note saying so.
 *
 * <p>It uses the standard 14 fonts, which every PDF reader has, so the documents are small
 * and embed no font; those fonts show Latin-1 and a few typographic marks only (WinAnsi).
 * Characters outside that (an emoji in a partner's name, Cyrillic, CJK) are replaced rather
 * than failing the rendering: accented letters by their base letter where the font lacks them,
 * everything else by {@code ?}. A shop that needs every script embeds a Unicode font instead
 * ({@code PDType0Font.load}).
 *
 * <p>PDFBox maps each standard 14 font to an installed system font, which it needs only to
 * display a document, not to write one: the first rendering in a JVM scans the system's fonts
 * (and caches the result in {@code ~/.pdfbox.cache}), and where no metric-compatible font is
 * installed it logs a fallback warning per font; the sample sets that logger to ERROR.
 *
 * <p>Thread-safe: each call builds its own document.
 */
public final class PdfBoxVoucherPdf implements VoucherPdf {
  /** The most pages one voucher takes; longer terms are cut off. */
  public static final int MAX_PAGES = 10;

  private static final PDRectangle FORMAT = PDRectangle.A4;
  private static final float MARGIN = 56f;
  private static final float LABEL_COLUMN = 110f;
  private static final float CODE_PADDING = 14f;
  private static final float CODE_MAX_SIZE = 26f;
  private static final float CODE_MIN_SIZE = 12f;
  private static final float BODY = 10f;
  private static final float TERMS = 8.5f;
  /** The QR code's side: about 34 mm, 1 mm or more per module for a redemption link. */
  private static final float QR_SIZE = 96f;

  private final ZoneId zone;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  /**
   * A renderer.
   *
   * @param zone the zone the issue and expiry dates are shown in
   */
  public PdfBoxVoucherPdf(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    // the pages' one date format (dd.MM.yyyy, web.Formats), so a voucher reads like the shop
    this.date = DateTimeFormatter.ofPattern("dd.MM.uuuu").withZone(zone);
    this.dateTime = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm").withZone(zone);
  }

  @Override
  public byte[] render(PrintableVoucher voucher) {
    return render(voucher, Locale.ENGLISH);
  }

  @Override
  public byte[] render(PrintableVoucher voucher, Locale language) {
    Words words = new Words(language);
    try (PDDocument document = new PDDocument()) {
      Fonts fonts = new Fonts(words);
      PageWriter out = new PageWriter(document, FORMAT, MARGIN);
      out.newPage();
      header(out, fonts, voucher);
      code(out, fonts, voucher.code());
      details(out, fonts, voucher);
      redemption(out, fonts, voucher.redemptionUrl().toASCIIString());
      terms(out, fonts, voucher.terms());
      out.finish();
      describe(document, voucher, words);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the voucher as PDF", e);
    }
  }

  private static void header(PageWriter out, Fonts fonts, PrintableVoucher voucher)
      throws IOException {
    wrapped(out, 0, fonts.bold, 14f, voucher.partnerName());
    out.gap(6f);
    out.line(0, fonts.regular.line(fonts.words.get("voucher")), fonts.regular, BODY);
    wrapped(out, 0, fonts.bold, 22f, voucher.productName());
    out.line(0, fonts.regular.line(kindName(voucher.kind(), fonts.words)), fonts.regular, 12f);
    out.gap(14f);
  }

  /** The code in a frame, as large as fits the width (C-3 codes are 20..30 symbols). */
  private static void code(PageWriter out, Fonts fonts, String code) throws IOException {
    String shown = fonts.code.line(code);
    float inner = out.width() - 2 * CODE_PADDING;
    float atOnePoint = fonts.code.width(shown, 1f);
    float size = atOnePoint <= 0 ? CODE_MAX_SIZE
        : Math.max(CODE_MIN_SIZE, Math.min(CODE_MAX_SIZE, inner / atOnePoint));
    List<String> lines = fonts.code.wrap(shown, size, inner, true);
    float label = 9f;
    float height = 2 * CODE_PADDING + label * 1.3f + lines.size() * size * 1.3f;
    if (!out.fits(height)) {
      out.newPage();
    }
    out.frame(height);
    out.gap(CODE_PADDING);
    out.line(CODE_PADDING, fonts.regular.line(fonts.words.get("code")), fonts.regular, label);
    for (String line : lines) {
      out.line(CODE_PADDING, line, fonts.code, size);
    }
    out.gap(CODE_PADDING);
    out.gap(16f);
  }

  private void details(PageWriter out, Fonts fonts, PrintableVoucher voucher)
      throws IOException {
    Words words = fonts.words;
    row(out, fonts, words.get("validity"), years(voucher.validityYears(), words));
    String domains = domains(voucher, words);
    if (!domains.isEmpty()) {
      row(out, fonts, words.get("domains"), domains);
    }
    row(out, fonts, words.get("issued"), date.format(voucher.issuedAt()));
    if (!voucher.orderNumber().isEmpty()) {
      row(out, fonts, words.get("order-number"), voucher.orderNumber()); // M-4: read out
    }
    row(out, fonts, words.get("valid-until"),
        dateTime.format(voucher.expiresAt()) + " (" + zone.getId() + ")");
    out.gap(12f);
  }

  private static void redemption(PageWriter out, Fonts fonts, String url) throws IOException {
    out.line(0, fonts.bold.line(fonts.words.get("redeem-at")), fonts.bold, BODY);
    String shown = fonts.url.line(url);
    for (String line : fonts.url.wrap(shown, BODY, out.width(), true)) {
      float baseline = out.line(0, line, fonts.url, BODY);
      out.link(0, baseline, fonts.url.width(line, BODY), BODY, url);
    }
    out.gap(6f);
    // the same link as a QR code, to redeem from a printed voucher with a phone's camera
    PDImageXObject qr = LosslessFactory.createFromImage(out.document(), QrCode.of(url));
    float bottom = out.image(qr, 0, QR_SIZE);
    float linkSize = QR_SIZE / 1.3f; // link() covers 1.3 sizes from a quarter size below
    out.link(0, bottom + linkSize * 0.25f, QR_SIZE, linkSize, url);
    out.line(0, fonts.regular.line(fonts.words.get("scan")), fonts.regular, 8f);
    out.gap(14f);
  }

  /** Wrapped paragraphs, continuing on new pages up to {@link #MAX_PAGES}, then cut off. */
  private static void terms(PageWriter out, Fonts fonts, String terms) throws IOException {
    List<String> paragraphs = fonts.regular.paragraphs(terms);
    if (paragraphs.isEmpty()) {
      return;
    }
    if (!out.fits(3, BODY)) {
      out.newPage();
    }
    out.line(0, fonts.bold.line(fonts.words.get("terms")), fonts.bold, BODY);
    for (String paragraph : paragraphs) {
      if (paragraph.isEmpty()) {
        out.gap(TERMS * 0.6f);
        continue;
      }
      for (String line : fonts.regular.wrap(paragraph, TERMS, out.width(), false)) {
        if (out.pages() >= MAX_PAGES && !out.fits(2, TERMS)) {
          if (out.fits(1, TERMS)) {
            out.line(0, fonts.regular.line(fonts.words.get("cut-off")), fonts.regular, TERMS);
          }
          return;
        }
        out.line(0, line, fonts.regular, TERMS);
      }
    }
  }

  private static void row(PageWriter out, Fonts fonts, String label, String value)
      throws IOException {
    List<String> lines = fonts.regular.wrap(fonts.regular.line(value), BODY,
        out.width() - LABEL_COLUMN, false);
    out.labelled(label, fonts.bold, LABEL_COLUMN, lines.get(0), fonts.regular, BODY);
    for (String line : lines.subList(1, lines.size())) {
      out.line(LABEL_COLUMN, line, fonts.regular, BODY);
    }
  }

  private static void wrapped(PageWriter out, float x, PdfText text, float size, String value)
      throws IOException {
    String shown = text.line(value);
    if (shown.isEmpty()) {
      return;
    }
    for (String line : text.wrap(shown, size, out.width() - x, false)) {
      out.line(x, line, text, size);
    }
  }

  private static void describe(PDDocument document, PrintableVoucher voucher, Words words) {
    PDDocumentInformation info = document.getDocumentInformation();
    // metadata is Unicode text; the code stays out of it (C-2: it is a secret)
    info.setTitle(words.get("title", voucher.productName()));
    info.setAuthor(voucher.partnerName());
    info.setCreator("vouchers webshop sample");
    document.getDocumentCatalog().setLanguage(words.language());
  }

  private static String years(int years, Words words) {
    return years == 1 ? words.get("year") : words.get("years", years);
  }

  /** The FQDN and wildcard counts, or empty for a product without domains. */
  private static String domains(PrintableVoucher voucher, Words words) {
    List<String> parts = new ArrayList<>(2);
    if (voucher.fqdns() > 0) {
      parts.add(voucher.fqdns() == 1 ? words.get("fqdn") : words.get("fqdns", voucher.fqdns()));
    }
    if (voucher.wildcards() > 0) {
      parts.add(voucher.wildcards() == 1 ? words.get("wildcard")
          : words.get("wildcards", voucher.wildcards()));
    }
    return String.join(", ", parts);
  }

  /** The kind as a reader says it, in the document's language. */
  static String kindName(ProductKind kind, Words words) {
    return words.get("kind." + kind.name());
  }

  /**
   * The document's words in one language ({@code voucher-pdf.properties} beside this class:
   * English; {@code _de}: German); English for a language the sample has no words for.
   */
  static final class Words {
    private final ResourceBundle bundle;

    Words(Locale language) {
      this.bundle = ResourceBundle.getBundle("dev.vouchers.sample.webshop.pdf.voucher-pdf",
          language, ResourceBundle.Control.getNoFallbackControl(
              ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
      String text = bundle.getString(key);
      return arguments.length == 0 ? text
          : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }

    /** The language the words are in, as a PDF records it ({@code en}, {@code de}). */
    String language() {
      return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
    }
  }

  /** The fonts of one document (PDFBox font objects are not shared between threads). */
  private static final class Fonts {
    final Words words;

    Fonts(Words words) {
      this.words = words;
    }

    final PdfText regular = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    final PdfText bold = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    final PdfText code = new PdfText(new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD));
    final PdfText url = new PdfText(new PDType1Font(Standard14Fonts.FontName.COURIER));
  }
}
