// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for one font: what the font can show, how wide it is, and how it wraps.
 *
 * <p>The standard 14 fonts encode WinAnsi (Latin-1 and a few typographic marks) only; a
 * character outside it makes PDFBox throw. {@link #line} therefore replaces it: whitespace
 * becomes a space, controls, format characters (zero-width joiners), variation selectors and
 * emoji modifiers are dropped, a character whose compatibility decomposition the font can show
 * becomes that ({@code ő} → {@code o}, {@code ﬁ} → {@code fi}), anything else becomes one
 * {@value #REPLACEMENT} per run.
 */
final class PdfText {
  /** What stands for characters the font cannot show. */
  static final String REPLACEMENT = "?";

  private final PDFont font;
  private final Map<Integer, Boolean> encodable = new HashMap<>();

  PdfText(PDFont font) {
    this.font = font;
  }

  PDFont font() {
    return font;
  }

  /** {@code text} as one line the font can show: whitespace runs as one space, trimmed. */
  String line(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean replaced = false;
    for (int i = 0; i < composed.length(); ) {
      int c = composed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        replaced = false;
      } else if (ignorable(c)) {
        continue;
      } else if (canShow(c)) {
        out.appendCodePoint(c);
        replaced = false;
      } else {
        String similar = decomposed(c);
        if (!similar.isEmpty()) {
          out.append(similar);
          replaced = false;
        } else if (!replaced) {
          out.append(REPLACEMENT);
          replaced = true;
        }
      }
    }
    return out.toString().strip();
  }

  /**
   * {@code text} as paragraphs the font can show: one per line of the text, each as
   * {@link #line}, with runs of blank lines kept as one empty paragraph.
   */
  List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String raw : text.split("\r\n|[\n\r\u0085\u2028\u2029]", -1)) {
      String paragraph = line(raw);
      boolean blank = paragraph.isEmpty();
      if (blank && (paragraphs.isEmpty() || paragraphs.get(paragraphs.size() - 1).isEmpty())) {
        continue;
      }
      paragraphs.add(paragraph);
    }
    while (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).isEmpty()) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    return paragraphs;
  }

  /** The width in points of {@code shown} (a result of {@link #line}) at {@code size}. */
  float width(String shown, float size) {
    try {
      return font.getStringWidth(shown) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot measure text in " + font.getName(), e);
    }
  }

  /**
   * Breaks {@code shown} (a result of {@link #line}) into lines of at most {@code maxWidth}
   * points at {@code size}: between words, and inside a word only if the word alone is too
   * wide (or everywhere, with {@code anywhere}, for URLs and codes).
   */
  List<String> wrap(String shown, float size, float maxWidth, boolean anywhere) {
    List<String> lines = new ArrayList<>();
    if (anywhere) {
      breakAnywhere(shown, size, maxWidth, lines);
      return lines;
    }
    // widths add up: the standard 14 fonts are written without kerning
    float space = width(" ", size);
    StringBuilder current = new StringBuilder();
    float currentWidth = 0;
    for (String word : shown.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      float wordWidth = width(word, size);
      if (current.length() > 0 && currentWidth + space + wordWidth <= maxWidth) {
        current.append(' ').append(word);
        currentWidth += space + wordWidth;
        continue;
      }
      if (current.length() > 0) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (wordWidth <= maxWidth) {
        current.append(word);
        currentWidth = wordWidth;
      } else {
        breakAnywhere(word, size, maxWidth, lines);
        current.append(lines.remove(lines.size() - 1));
        currentWidth = width(current.toString(), size);
      }
    }
    if (current.length() > 0 || lines.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }

  private void breakAnywhere(String text, float size, float maxWidth, List<String> lines) {
    StringBuilder current = new StringBuilder();
    float currentWidth = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      float charWidth = width(new String(Character.toChars(c)), size);
      if (current.length() > 0 && currentWidth + charWidth > maxWidth) {
        lines.add(current.toString());
        current.setLength(0);
        currentWidth = 0;
      }
      current.appendCodePoint(c);
      currentWidth += charWidth;
    }
    lines.add(current.toString());
  }

  private boolean canShow(int c) {
    return encodable.computeIfAbsent(c, key -> {
      try {
        font.encode(new String(Character.toChars(key)));
        return true;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    });
  }

  /** The compatibility decomposition of {@code c} without marks, if the font shows all of it. */
  private String decomposed(int c) {
    String parts = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length(); ) {
      int part = parts.codePointAt(i);
      i += Character.charCount(part);
      int type = Character.getType(part);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (part == c || !canShow(part)) {
        return "";
      }
      out.appendCodePoint(part);
    }
    return out.toString();
  }

  /** Characters that show nothing by themselves: controls, joiners, selectors, modifiers. */
  private static boolean ignorable(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
        || (c >= 0x1F3FB && c <= 0x1F3FF);
  }
}
