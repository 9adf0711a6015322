// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * M-3: support search (ADR 0054). Finds vouchers by the recipient's e-mail address, by the last
 * four symbols of the code, by the customer name or the notes of their order, or by the order's
 * number (M-4). Each is an exact match of the whole field, case-insensitive (the last four
 * symbols normalised as codes are, C-4). A partner's users search within their partner (another
 * partner is answered as missing, A-1); the vendor's {@code SUPPORT} searches one partner or
 * every partner. Keyset-paged like every listing (O-5): newest first, the total counted once on
 * the first page and capped (L-1). Bad text is a refusal naming the problem (L-4).
 */
@FunctionalInterface
public interface SearchVouchers {

  /**
   * Runs the use case.
   *
   * @return a page of the vouchers found, or a refusal with every reason that applies
   */
  Either<Refusal, Page<VoucherView>> search(Command command);

  /** What the search text is compared with. */
  enum By {
    /** The recipient's e-mail address (the activation link's, S-2), e.g. {@code a@b.example}. */
    EMAIL,
    /** The last four symbols of the code, e.g. {@code 7K2Q} (case, I/L/O and hyphens as C-4). */
    LAST_FOUR,
    /** The customer name of the order (O-1). */
    CUSTOMER_NAME,
    /** The notes of the order (O-1), e.g. an invoice number. */
    NOTES,
    /** The order's short number (M-4), e.g. {@code 123 456 789}. */
    ORDER_NUMBER
  }

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner whose vouchers; empty for the principal's own partner (a partner's user) or
   *     for every partner ({@code SUPPORT})
   * @param by which field
   * @param text the search text as typed
   * @param page which page
   */
  record Command(Actor principal, Optional<PartnerId> partner, By by, String text,
      PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(page, "page");
    }
  }
}
