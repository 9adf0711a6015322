// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.VoucherId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * V-7: what a store answers for a redemption it decided and wrote in one step: the voucher as it
 * is afterwards, in the parts that an end customer's view of it shows and that the move's event
 * names. Not the whole voucher: the code holder sees neither the partner's notes nor the code
 * (C-5), and reading and building the other columns was a third of the client's time of a
 * redemption (issue 12).
 *
 * @param id the voucher
 * @param order its order
 * @param partner its partner
 * @param configuration what it is for
 * @param lastFour the last four symbols of its code
 * @param status its status afterwards (REDEEMED)
 * @param issuedAt when it was issued
 * @param expiresAt when it expires
 * @param requestReference the reference of its certificate request, if it has one
 */
public record RedeemedVoucher(VoucherId id, OrderId order, PartnerId partner,
    ProductConfiguration configuration, String lastFour, VoucherStatus status, Instant issuedAt,
    Instant expiresAt, Optional<String> requestReference) {

  /** Every part required. */
  public RedeemedVoucher {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(lastFour, "lastFour");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(requestReference, "requestReference");
  }

  /**
   * The parts of a whole voucher.
   *
   * @param voucher the voucher after its redemption
   * @return its redemption's answer
   */
  public static RedeemedVoucher of(Voucher voucher) {
    return new RedeemedVoucher(voucher.id(), voucher.order(), voucher.partner(),
        voucher.configuration(), voucher.code().lastFour(), voucher.status(),
        voucher.issuedAt(), voucher.expiresAt(),
        voucher.certificateRequest().map(CertificateRequest::reference));
  }
}
