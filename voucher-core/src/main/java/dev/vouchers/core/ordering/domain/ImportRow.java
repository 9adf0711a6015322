// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import java.util.List;
import java.util.Objects;

/**
 * M-1: one row of an import as read (from a CSV file, a JSON body), every field still text:
 * the import checks them all and reports every row that is not valid (L-4), so a reader only
 * splits columns. An empty field is an absent one.
 *
 * @param line where the row was read (the CSV line, the position in a list), for the report
 * @param code the code as the earlier system printed it
 * @param product the product id
 * @param validityYears the configuration's validity in years, a number
 * @param fqdns the configuration's number of domain names, a number
 * @param wildcards the configuration's number of wildcard names, a number
 * @param status {@code VALID}, {@code ASSIGNED}, {@code REDEEMED}, {@code EXPIRED} or {@code
 *     CANCELLED} (any case)
 * @param expiresAt the expiry: an instant ({@code 2027-03-31T22:00:00Z}) or a date ({@code
 *     2027-03-31}: valid through that day, UTC)
 * @param recipient the e-mail address the code was sent to; required for {@code ASSIGNED}, not
 *     allowed for {@code VALID}
 * @param note a note on the code's history in the earlier system, kept as the voucher's comment
 */
public record ImportRow(long line, String code, String product, String validityYears,
    String fqdns, String wildcards, String status, String expiresAt, String recipient,
    String note) {

  /** The column names of the CSV form, in order. */
  public static final List<String> COLUMNS = List.of("code", "product", "validity_years",
      "fqdns", "wildcards", "status", "expires_at", "recipient", "note");

  /** Every field required (empty text for an absent one). */
  public ImportRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(validityYears, "validityYears");
    Objects.requireNonNull(fqdns, "fqdns");
    Objects.requireNonNull(wildcards, "wildcards");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public String toString() {
    return "ImportRow[line " + line + "]"; // C-2: never the code
  }
}
