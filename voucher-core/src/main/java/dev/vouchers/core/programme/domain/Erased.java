// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * E-1: what erased personal data is replaced with (redaction, ADR 0052), and which items are
 * closed for the automatic erasure. A required address becomes {@link #ADDRESS} (an address
 * under the reserved top-level domain {@code .invalid}, RFC 2606, so nothing can be sent to
 * it), a required text {@link #TEXT}; an optional one (an order's customer name and notes)
 * becomes empty.
 */
public final class Erased {
  /** What an erased e-mail address reads as. */
  public static final EmailAddress ADDRESS = new EmailAddress("erased@erased.invalid");
  /** What an erased message, name or code holder's label reads as. */
  public static final String TEXT = "[erased]";

  private static final Set<VoucherStatus> CLOSED_VOUCHERS = Collections.unmodifiableSet(
      EnumSet.of(VoucherStatus.REDEEMED, VoucherStatus.EXPIRED, VoucherStatus.CANCELLED));

  private Erased() {}

  /**
   * E-1: the statuses of a closed voucher (redeemed, expired, cancelled), whose personal data
   * is erased the retention period after the move that closed it. A store's SQL takes the list
   * from here.
   */
  public static Set<VoucherStatus> closedVoucherStatuses() {
    return CLOSED_VOUCHERS;
  }
}
