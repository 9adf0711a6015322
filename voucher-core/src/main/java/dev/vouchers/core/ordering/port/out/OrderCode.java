// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.port.out;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import java.time.Instant;
import java.util.Objects;

/**
 * S-1: what an export of an order's codes shows of one voucher, and nothing more, so that a
 * store streams a large order without reading every column of every voucher. Not even the
 * voucher's id: the export does not show it, and reading and checking it was about 5 % of the
 * client's time in a profile of a million-code export (issue 12). The stored code's digest
 * identifies the voucher.
 *
 * @param code the stored code
 * @param status the stored status
 * @param configuration the product configuration
 * @param expiresAt when it expires if still VALID or ASSIGNED (V-4)
 */
public record OrderCode(StoredCode code, VoucherStatus status,
    ProductConfiguration configuration, Instant expiresAt) {

  /** Every part required. */
  public OrderCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * V-4: the status as seen at {@code now}.
   *
   * @param now the instant it is seen at
   * @return EXPIRED for a due VALID or ASSIGNED voucher, the stored status otherwise
   */
  public VoucherStatus statusAt(Instant now) {
    return status.seenAt(expiresAt, now);
  }
}
