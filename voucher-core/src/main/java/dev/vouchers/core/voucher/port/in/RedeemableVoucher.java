// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;

/**
 * What an end customer learns about a usable code: the product and the steps it needs.
 * Unknown, cancelled and expired codes never get this far (C-5).
 *
 * @param productName the product
 * @param kind the product kind
 * @param status VALID, ASSIGNED, PENDING, RESERVED or REDEEMED
 * @param expiresAt when it expires unless used
 * @param needsOrganisationActivation P-2
 * @param needsDomainControl P-2, D-1
 * @param needsMandate P-2, D-2
 */
public record RedeemableVoucher(
    String productName,
    ProductKind kind,
    VoucherStatus status,
    Instant expiresAt,
    boolean needsOrganisationActivation,
    boolean needsDomainControl,
    boolean needsMandate) {}
