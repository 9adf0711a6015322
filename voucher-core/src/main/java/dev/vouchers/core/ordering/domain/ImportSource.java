// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import java.util.function.Consumer;

/**
 * M-1: where the rows of an import come from, read as a stream so that a million rows are
 * never in memory together. The import reads it twice: once to check every row (nothing is
 * written while any row is invalid), once to store them; each {@link #forEach} starts from the
 * first row and must yield the same rows. A source that cannot be read to its end (a broken
 * upload) says so by giving a row the import refuses, such as one with an empty code, never by
 * throwing.
 */
@FunctionalInterface
public interface ImportSource {

  /**
   * Gives every row, in order, to {@code sink}.
   *
   * @param sink receives the rows on the caller's thread
   */
  void forEach(Consumer<? super ImportRow> sink);
}
