// SPDX-License-Identifier: Apache-2.0
/**
 * M-1: the rows of a code import read from CSV ({@link dev.vouchers.csv.CsvImportSource}) with
 * Apache Commons CSV, streamed record by record, so that the core's {@code ImportCodes} reads a
 * million rows in bounded memory (ADR 0053). The core itself depends on no CSV library.
 */
@NullMarked
package dev.vouchers.csv;

import org.jspecify.annotations.NullMarked;
