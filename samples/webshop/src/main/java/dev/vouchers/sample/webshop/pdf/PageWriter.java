// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.jspecify.annotations.Nullable;

/**
 * Writes lines top-down onto pages of one size, starting a new page when the current one is
 * full. Text passed in must be shown by its font ({@link PdfText#line}).
 */
final class PageWriter {
  private static final float LEADING = 1.3f;

  private final PDDocument document;
  private final PDRectangle format;
  private final float margin;
  private @Nullable PDPage page;
  private @Nullable PDPageContentStream content;
  private float y;
  private int pages;

  PageWriter(PDDocument document, PDRectangle format, float margin) {
    this.document = document;
    this.format = format;
    this.margin = margin;
  }

  /** The document written to. */
  PDDocument document() {
    return document;
  }

  /** The width between the margins. */
  float width() {
    return format.getWidth() - 2 * margin;
  }

  /** The left margin. */
  float left() {
    return margin;
  }

  /** The pages begun so far. */
  int pages() {
    return pages;
  }

  /** Whether {@code lines} lines of text at {@code size} still fit on the current page. */
  boolean fits(int lines, float size) {
    return fits(lines * size * LEADING);
  }

  /** Whether {@code height} points still fit on the current page. */
  boolean fits(float height) {
    return content != null && y - height >= margin;
  }

  /** Starts a new page; the cursor goes to its top margin. */
  void newPage() throws IOException {
    finishPage();
    PDPage next = new PDPage(format);
    document.addPage(next);
    page = next;
    content = new PDPageContentStream(document, next);
    y = format.getHeight() - margin;
    pages++;
  }

  /** Moves the cursor down by {@code points} (not past the bottom margin). */
  void gap(float points) {
    y = Math.max(margin, y - points);
  }

  /**
   * Writes one line at {@code x} (from the left margin) and moves below it; starts a new page
   * first if the line does not fit.
   *
   * @return the baseline the line was written at
   */
  float line(float x, String shown, PdfText text, float size) throws IOException {
    if (!fits(1, size)) {
      newPage();
    }
    float baseline = y - size;
    show(x, baseline, shown, text, size);
    y -= size * LEADING;
    return baseline;
  }

  /**
   * Writes a label at the left margin and a value at {@code x} on one line, in reading order,
   * and moves below it; starts a new page first if the line does not fit.
   */
  void labelled(String label, PdfText labelFont, float x, String value, PdfText valueFont,
      float size) throws IOException {
    if (!fits(1, size)) {
      newPage();
    }
    float baseline = y - size;
    show(0, baseline, label, labelFont, size);
    show(x, baseline, value, valueFont, size);
    y -= size * LEADING;
  }

  /** Writes text at {@code x} on the baseline given, without moving the cursor. */
  void show(float x, float baseline, String shown, PdfText text, float size) throws IOException {
    PDPageContentStream stream = current();
    stream.beginText();
    stream.setFont(text.font(), size);
    stream.newLineAtOffset(margin + x, baseline);
    stream.showText(shown);
    stream.endText();
  }

  /**
   * Draws a frame from the cursor down by {@code height} across the full width and returns the
   * top of the frame; the cursor does not move.
   */
  float frame(float height) throws IOException {
    PDPageContentStream stream = current();
    stream.setLineWidth(1f);
    stream.addRect(margin, y - height, width(), height);
    stream.stroke();
    return y;
  }

  /**
   * Draws {@code image} as a square of {@code size} points at {@code x} (from the left margin)
   * below the cursor and moves below it; starts a new page first if it does not fit.
   *
   * @return the baseline (bottom edge) the image was drawn at
   */
  float image(PDImageXObject image, float x, float size) throws IOException {
    if (!fits(size)) {
      newPage();
    }
    float bottom = y - size;
    current().drawImage(image, margin + x, bottom, size, size);
    y = bottom;
    return bottom;
  }

  /** Makes the area of a line at {@code baseline} a link to {@code uri}. */
  void link(float x, float baseline, float lineWidth, float size, String uri) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    link.setRectangle(new PDRectangle(margin + x, baseline - size * 0.25f, lineWidth,
        size * LEADING));
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    link.setAction(action);
    PDPage current = page;
    if (current == null) {
      throw new IllegalStateException("no page begun");
    }
    current.getAnnotations().add(link);
  }

  /** Ends the last page; nothing can be written after this. */
  void finish() throws IOException {
    finishPage();
    page = null;
  }

  private void finishPage() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  private PDPageContentStream current() throws IOException {
    if (content == null) {
      newPage();
    }
    PDPageContentStream stream = content;
    if (stream == null) {
      throw new IllegalStateException("no page begun");
    }
    return stream;
  }
}
