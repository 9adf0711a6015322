// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.voucher.domain.PrintableVoucher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** S-3: the PDF voucher, read back with PDFBox's text extraction. */
class PdfBoxVoucherPdfTest {
  private static final String CODE = "K7QW-2M9X-HBDA-4TRE-PZ6S";
  private static final URI URL = URI.create("https://shop.example/redeem?code=K7QW2M9XHBDA4TREPZ6S");
  private static final Instant ISSUED = Instant.parse("2026-05-31T23:30:00Z");
  private static final Instant EXPIRES = Instant.parse("2027-05-31T23:30:00Z");
  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

  private final VoucherPdf pdf = new PdfBoxVoucherPdf(ZURICH);

  private static PrintableVoucher voucher(String product, String partner, String terms) {
    return new PrintableVoucher(CODE, URL, product, ProductKind.SSL_DV, 2, 3, 1, ISSUED, EXPIRES,
        partner, terms, "123 456 789");
  }

  private static PrintableVoucher voucher() {
    return voucher("SSL DV", "Alpine Hosting AG", "Redeemable once. No cash value.");
  }

  private static Read read(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      List<String> links = document.getPage(0).getAnnotations().stream()
          .filter(PDAnnotationLink.class::isInstance).map(PDAnnotationLink.class::cast)
          .map(PDAnnotationLink::getAction).filter(PDActionURI.class::isInstance)
          .map(action -> ((PDActionURI) action).getURI()).collect(Collectors.toList());
      return new Read(new PDFTextStripper().getText(document), document.getNumberOfPages(),
          links, document.getDocumentInformation().getTitle());
    } catch (IOException e) {
      throw new AssertionError("not a readable PDF", e);
    }
  }

  private record Read(String text, int pages, List<String> links, String title) {
    /** The text with line breaks taken out, for values that may wrap. */
    String joined() {
      return text.replaceAll("\\R", "");
    }
  }

  @Test
  void isAPdfDocument_S3() {
    byte[] bytes = pdf.render(voucher());

    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(read(bytes).pages()).isEqualTo(1);
  }

  @Test
  void showsCodeProductPartnerExpiryAndRedemptionUrl_S3() {
    Read read = read(pdf.render(voucher()));

    assertThat(read.text())
        .contains(CODE)
        .contains("SSL DV")
        .contains("SSL certificate, domain-validated (DV)")
        .contains("Alpine Hosting AG")
        .contains("2 years")
        .contains("3 FQDNs, 1 wildcard")
        .contains(URL.toString())
        .contains("Redeemable once. No cash value.")
        .contains("Order number 123 456 789"); // M-4
    assertThat(read.links()).hasSize(2).containsOnly(URL.toString()); // the text and the QR code
  }

  @Test
  void showsIssueAndExpiryInTheConfiguredZone_S3() {
    assertThat(read(pdf.render(voucher())).text())
        .contains("Issued 01.06.2026")
        .contains("Valid until 01.06.2027 01:30 (Europe/Zurich)");
    assertThat(read(new PdfBoxVoucherPdf(ZoneId.of("UTC")).render(voucher())).text())
        .contains("Issued 31.05.2026")
        .contains("Valid until 31.05.2027 23:30 (UTC)");
  }

  @Test
  void keepsTheCodeOutOfTheDocumentMetadata_S3_C2() {
    Read read = read(pdf.render(voucher()));

    assertThat(read.title()).isEqualTo("Voucher: SSL DV");
    assertThat(read.title()).doesNotContain("K7QW");
  }

  @Test
  void showsGermanUmlautsAsThey_Are_S3() {
    Read read = read(pdf.render(voucher("Zertifikat für Grüße", "Bäckerei Müller & Söhne",
        "Gültig für eine Domäne; Rückgabe ausgeschlossen. Preis: 39 € – „inkl.“ MwSt.")));

    assertThat(read.text())
        .contains("Zertifikat für Grüße")
        .contains("Bäckerei Müller & Söhne")
        .contains("Gültig für eine Domäne; Rückgabe ausgeschlossen. Preis: 39 € – „inkl.“ MwSt.");
  }

  @Test
  void replacesCharactersTheStandardFontsCannotShowInsteadOfFailing_S3() {
    byte[] bytes = pdf.render(voucher("Zertifikat ő \uFB01le",
        "Pixel \uD83D\uDE80 Hosting \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 GmbH",
        "Terms:\tno\u0000cash \u041F\u0440\u0438\u0432\u0435\u0442 \u4F60\u597D \uD83D\uDC4D\uD83C\uDFFD ok"));

    Read read = read(bytes);
    assertThat(read.text())
        .contains("Pixel ? Hosting ? GmbH")
        .contains("Zertifikat o file")
        .contains("Terms: nocash ? ? ? ok");
  }

  @Test
  void decomposedAccentsAreComposedFirst_S3() {
    Read read = read(pdf.render(voucher("SSL DV", "Mu\u0308ller AG", "None.")));

    assertThat(read.text()).contains("Müller AG");
  }

  @Test
  void wrapsLongTermsAndKeepsEveryWord_S3() {
    String terms = words(600);

    Read read = read(pdf.render(voucher("SSL DV", "Alpine Hosting AG", terms)));

    assertThat(read.pages()).isGreaterThan(1).isLessThanOrEqualTo(PdfBoxVoucherPdf.MAX_PAGES);
    assertThat(read.text().replaceAll("\\s+", " ")).contains(terms);
  }

  @Test
  void keepsParagraphsOfTheTerms_S3() {
    Read read = read(pdf.render(voucher("SSL DV", "Alpine Hosting AG",
        "1. First rule.\r\n\n\n\n2. Second rule.\n")));

    assertThat(read.text()).contains("1. First rule." + System.lineSeparator() + "2. Second rule.");
  }

  @Test
  void cutsOffTermsBeyondTheLastPageWithANote_S3() {
    String terms = words(60_000);

    Read read = read(pdf.render(voucher("SSL DV", "Alpine Hosting AG", terms)));

    assertThat(read.pages()).isEqualTo(PdfBoxVoucherPdf.MAX_PAGES);
    assertThat(read.text()).contains("word1 word2 word3")
        .doesNotContain("word59999")
        .contains("[…] The terms continue beyond this document; ask the issuer for the full text.");
  }

  @Test
  void breaksAWordLongerThanALine_S3() {
    String token = "x".repeat(1_500);
    String longUrl = "https://shop.example/redeem?code=" + "A".repeat(300);

    Read read = read(pdf.render(new PrintableVoucher(CODE, URI.create(longUrl), "SSL DV",
        ProductKind.SSL_DV, 1, 1, 0, ISSUED, EXPIRES, "Alpine Hosting AG", token, "")));

    assertThat(read.joined()).contains(token).contains(longUrl);
    assertThat(read.links()).isNotEmpty().allMatch(longUrl::equals);
  }

  @Test
  void showsNoDomainsForAProductWithoutThem_S3() {
    Read read = read(pdf.render(new PrintableVoucher(CODE, URL, "S/MIME E-Mail",
        ProductKind.EMAIL_SMIME, 1, 0, 0, ISSUED, EXPIRES, "Alpine Hosting AG", "", "")));

    assertThat(read.text()).contains("E-mail certificate (S/MIME)").contains("1 year")
        .doesNotContain("Domains").doesNotContain("Terms");
  }

  @Test
  void speaksTheReadersLanguageWithEveryLabelInBothBundles_S3() throws Exception {
    PrintableVoucher voucher = new PrintableVoucher(CODE, URL, "SSL DV", ProductKind.SSL_DV, 2,
        3, 1, ISSUED, EXPIRES, "Alpine Hosting AG", "Es gelten die AGB.", "123 456 789");

    Read german = read(pdf.render(voucher, java.util.Locale.GERMAN));
    assertThat(german.text()).contains("Bestellnummer 123 456 789")
        .contains("Gutscheincode").contains("Gültigkeit").contains("2 Jahre")
        .contains("3 FQDNs, 1 Wildcard").contains("Ausgestellt").contains("Gültig bis")
        .contains("Einlösen unter").contains("Zum Einlösen scannen").contains("Bedingungen")
        .contains("SSL-Zertifikat, domainvalidiert (DV)")
        .doesNotContain("Voucher code").doesNotContain("Valid until").doesNotContain("Redeem at");
    Read english = read(pdf.render(voucher, java.util.Locale.ENGLISH));
    assertThat(english.text()).contains("Voucher code").contains("2 years")
        .contains("3 FQDNs, 1 wildcard").contains("Valid until").doesNotContain("Gültig");
    // a language the sample has no words for reads English
    assertThat(read(pdf.render(voucher, java.util.Locale.JAPANESE)).text())
        .contains("Voucher code");

    java.util.Properties en = new java.util.Properties();
    java.util.Properties de = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("voucher-pdf.properties");
        var inDe = getClass().getResourceAsStream("voucher-pdf_de.properties")) {
      en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      de.load(new java.io.InputStreamReader(inDe, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (ProductKind kind : ProductKind.values()) {
      assertThat(en).containsKey("kind." + kind.name());
    }
  }

  private static String words(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "word" + i)
        .collect(Collectors.joining(" "));
  }
}
