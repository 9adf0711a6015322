// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The keyset position of a row in a newest-first listing: its time and id (ties broken by id
 * ascending). Encoded as an opaque URL-safe string for {@link PageRequest#after()}; every
 * storage adapter uses this one encoding.
 *
 * @param at the row's time (order placed, voucher issued)
 * @param id the row's id
 */
public record Cursor(Instant at, String id) {

  /** The opaque string form. */
  public String encode() {
    String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a row at (at, id) comes after this cursor in newest-first order. */
  public boolean precedes(Instant rowAt, String rowId) {
    int byTime = rowAt.compareTo(at);
    return byTime < 0 || byTime == 0 && rowId.compareTo(id) > 0;
  }

  /** Decodes a cursor; a tampered or foreign string is empty. */
  public static Optional<Cursor> decode(String encoded) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 3);
      if (parts.length != 3) {
        return Optional.empty();
      }
      return Optional.of(new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
