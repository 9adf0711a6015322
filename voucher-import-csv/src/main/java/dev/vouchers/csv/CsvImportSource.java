// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.csv;

import dev.vouchers.core.ordering.domain.ImportRow;
import dev.vouchers.core.ordering.domain.ImportSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * M-1: the rows of an import as CSV (RFC 4180, UTF-8, an optional byte order mark), read with
 * Apache Commons CSV one record at a time. The first record names the columns ({@link
 * ImportRow#COLUMNS}, in any order; {@code recipient} and {@code note} may be left out); a row
 * is numbered as a spreadsheet shows it (the header is row 1).
 *
 * <p>Every reading opens the input again, as the import reads it twice. Nothing here throws
 * for a bad file: a missing column, a broken quote or an unreadable input ends the rows with
 * one the import refuses (an empty code at the row where reading stopped), so the import is
 * refused, naming the row (L-4).
 */
public final class CsvImportSource implements ImportSource {

  /** Opens the input, from its first byte, each time it is called. */
  @FunctionalInterface
  public interface Input {
    /**
     * Opens the input.
     *
     * @return the stream, closed by the reader
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /** The columns a file must have. */
  static final List<String> REQUIRED = ImportRow.COLUMNS.subList(0, 7);
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

  private final Input input;

  private CsvImportSource(Input input) {
    this.input = input;
  }

  /**
   * Rows read from whatever {@code input} opens.
   *
   * @param input opens the CSV bytes (UTF-8)
   * @return the source
   */
  public static CsvImportSource of(Input input) {
    return new CsvImportSource(Objects.requireNonNull(input, "input"));
  }

  /**
   * Rows read from a file.
   *
   * @param file the CSV file (UTF-8)
   * @return the source
   */
  public static CsvImportSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new CsvImportSource(() -> Files.newInputStream(file));
  }

  @Override
  public void forEach(Consumer<? super ImportRow> sink) {
    long row = 1;
    try (Reader reader = withoutByteOrderMark(input.open());
        CSVParser parser = FORMAT.parse(reader)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (!header.keySet().containsAll(REQUIRED)) {
        sink.accept(unreadable(1)); // L-4: the refusal names row 1 for the missing columns
        return;
      }
      for (CSVRecord record : parser) {
        row = record.getRecordNumber() + 1;
        sink.accept(new ImportRow(row, field(record, "code"), field(record, "product"),
            field(record, "validity_years"), field(record, "fqdns"),
            field(record, "wildcards"), field(record, "status"), field(record, "expires_at"),
            field(record, "recipient"), field(record, "note")));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException
        | IllegalStateException e) {
      // L-4: an unreadable input, a broken quote or a repeated column name: the rows end with
      // one the import refuses, so nothing is imported
      sink.accept(unreadable(row + 1));
    }
  }

  private static String field(CSVRecord record, String column) {
    return record.isSet(column) ? record.get(column) : "";
  }

  private static ImportRow unreadable(long row) {
    return new ImportRow(row, "", "", "", "", "", "", "", "", "");
  }

  private static Reader withoutByteOrderMark(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
        64 * 1024);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
