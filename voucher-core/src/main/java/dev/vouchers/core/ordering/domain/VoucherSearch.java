// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.voucher.domain.Voucher;
import java.util.Objects;
import java.util.Optional;

/**
 * M-3: one support search, normalised (ADR 0054): which field, the key it must equal after
 * {@link #fold case folding}, and the partner it is confined to (empty: every partner, for the
 * vendor's {@code SUPPORT}).
 *
 * <p>Every form is an exact match of the whole field on its folded form, so that a store serves
 * it from one index range in the listing's order (L-1): the recipient's e-mail address, the last
 * four symbols of the code (canonical Crockford symbols, as the code is normalised, C-4), the
 * order's customer name, the order's notes. A voucher is found by the name or notes of its
 * order.
 *
 * <p>Case folding is one table ({@link #FOLD_FROM} to {@link #FOLD_TO}: the ASCII and Latin-1
 * capitals), applied to the stored value by the store (SQL {@code translate}, which PostgreSQL
 * indexes as an expression and H2 as a generated column) and to the search text here, so that
 * every adapter and database folds alike, whatever its locale.
 *
 * @param field the field searched
 * @param key the folded text the field must equal (four canonical symbols for
 *     {@link Field#LAST_FOUR})
 * @param partner only this partner's vouchers; empty for every partner's
 */
public record VoucherSearch(Field field, String key, Optional<PartnerId> partner) {

  /** The capitals folded: ASCII A..Z and the Latin-1 capitals (not the multiplication sign). */
  public static final String FOLD_FROM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9"
          + "\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D8"
          + "\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE";
  /** What each of {@link #FOLD_FROM} folds to, at the same position. */
  public static final String FOLD_TO =
      "abcdefghijklmnopqrstuvwxyz\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9"
          + "\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F8"
          + "\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE";
  /**
   * The longest part of folded notes an index holds (notes are up to 2,000 characters, more
   * than an index entry may take); the whole notes are compared after the index range.
   */
  public static final int NOTES_KEY_LENGTH = 100;

  /** Which field a search compares. */
  public enum Field {
    /** The current recipient's e-mail address (the voucher's assignment). */
    RECIPIENT,
    /** The last four symbols of the code. */
    LAST_FOUR,
    /** The customer name of the voucher's order. */
    CUSTOMER_NAME,
    /** The notes of the voucher's order. */
    NOTES;

    /** Whether the field belongs to the order (and a voucher matches by its order). */
    public boolean ofOrder() {
      return this == CUSTOMER_NAME || this == NOTES;
    }
  }

  /** Every part required; the key is not empty. */
  public VoucherSearch {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(partner, "partner");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a search key is not empty");
    }
  }

  /** The text with each character of {@link #FOLD_FROM} replaced by its {@link #FOLD_TO}. */
  public static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int at = FOLD_FROM.indexOf(chars[i]);
      if (at >= 0) {
        chars[i] = FOLD_TO.charAt(at);
      }
    }
    return new String(chars);
  }

  /** Whether the voucher is in the search's partner scope. */
  public boolean inScope(PartnerId owner) {
    return partner.isEmpty() || partner.get().equals(owner);
  }

  /** M-3: whether the voucher matches a voucher field (recipient, last four) in scope. */
  public boolean matches(Voucher voucher) {
    if (!inScope(voucher.partner())) {
      return false;
    }
    return switch (field) {
      case RECIPIENT -> voucher.assignment()
          .map(a -> fold(a.recipient().value()).equals(key)).orElse(false);
      case LAST_FOUR -> voucher.code().lastFour().equals(key);
      case CUSTOMER_NAME, NOTES -> false;
    };
  }

  /** M-3: whether the order matches an order field (customer name, notes) in scope. */
  public boolean matches(Order order) {
    if (!inScope(order.partner())) {
      return false;
    }
    return switch (field) {
      case CUSTOMER_NAME -> order.customerName().map(n -> fold(n).equals(key)).orElse(false);
      case NOTES -> order.notes().map(n -> fold(n).equals(key)).orElse(false);
      case RECIPIENT, LAST_FOUR -> false;
    };
  }

  @Override
  public String toString() {
    // the key may be personal data: not logged
    return "VoucherSearch[" + field + " in " + partner.map(PartnerId::value).orElse("*") + "]";
  }
}
