// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * S-1: a streaming CSV writer (RFC 4180: comma-separated, CRLF line ends, fields with comma,
 * quote, CR or LF quoted with doubled quotes). Cells that a spreadsheet would read as a
 * formula (starting with {@code = + - @}, tab or carriage return) are neutralised by a
 * leading apostrophe. Nothing is buffered beyond one record and the wrapped writer's own
 * buffer, so exports of any size run in bounded memory; each record reaches the wrapped writer
 * in one call, since a writer may lock or check its state on every call.
 */
public final class CsvWriter {
  private final Writer out;
  /** The record being written, reused: one write per record, not one per cell (L-2). */
  private final StringBuilder line = new StringBuilder(256);

  /** Writes to {@code out}; the caller closes it. */
  public CsvWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes one record, with one call of the wrapped writer. */
  public void row(List<String> cells) {
    line.setLength(0);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      appendCell(cells.get(i));
    }
    line.append("\r\n");
    try {
      out.write(line.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("CSV export failed", e);
    }
  }

  /** Writes one record. */
  public void row(String... cells) {
    row(Arrays.asList(cells));
  }

  /** Flushes the underlying writer. */
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("CSV export failed", e);
    }
  }

  /** S-1: the cell as written: neutralised, then quoted if needed. */
  static String encode(String cell) {
    String safe = neutralise(cell);
    boolean quote = false;
    for (int i = 0; i < safe.length() && !quote; i++) {
      char c = safe.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** S-1: a leading {@code = + - @ \t \r} gets an apostrophe so no spreadsheet runs it. */
  static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' ? "'" + cell : cell;
  }

  private void appendCell(String cell) {
    if (plain(cell)) {
      line.append(cell); // the common case: nothing to neutralise or quote
    } else {
      line.append(encode(cell));
    }
  }

  /** Whether {@link #encode} would leave the cell as it is. */
  private static boolean plain(String cell) {
    if (cell.isEmpty()) {
      return true;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t') {
      return false;
    }
    // four scans the JDK vectorises, faster than one loop over the characters (a million rows)
    return cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0
        && cell.indexOf('\n') < 0;
  }
}
