// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A voucher as its partner sees it (C-5: the real status, as of now, V-4).
 *
 * @param id the voucher id
 * @param order its order
 * @param code the code in display form (S-1: "copy one code")
 * @param status the status as of now
 * @param configuration what it is for
 * @param productName the product's name
 * @param issuedAt when it was bought
 * @param expiresAt when it expires unless used
 * @param assignment the activation link's recipient, if sent
 * @param certificateRequest the certificate request reference, if any
 * @param comment the partner's comment (V-8)
 * @param redemptionUrl the redemption URL (C-6)
 * @param orderNumber M-4: its order's short number for people, grouped as {@code 123 456 789}
 *     (like {@code PrintableVoucher#orderNumber}), for those who may read the order (A-1: the
 *     partner's users, vendor staff, services); empty for an end customer
 */
public record VoucherView(
    VoucherId id,
    OrderId order,
    String code,
    VoucherStatus status,
    ProductConfiguration configuration,
    String productName,
    Instant issuedAt,
    Instant expiresAt,
    Optional<Assignment> assignment,
    Optional<String> certificateRequest,
    Optional<String> comment,
    URI redemptionUrl,
    String orderNumber) {

  /** The order number may be empty, never missing. */
  public VoucherView {
    Objects.requireNonNull(orderNumber, "orderNumber");
  }

  @Override
  public String toString() {
    return "VoucherView[" + id + " " + status + " " + configuration + "]";
  }
}
