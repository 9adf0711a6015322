// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.catalog.domain.ProductKind;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * S-3: everything a printed voucher shows, as data; an adapter renders it (HTML, PDF). See
 * {@link PrintableVoucherHtml} for the sample renderer.
 *
 * @param code the code in display form
 * @param redemptionUrl where to redeem it (C-6)
 * @param productName the product
 * @param kind the product kind
 * @param validityYears certificate validity
 * @param fqdns number of FQDNs
 * @param wildcards number of wildcards
 * @param issuedAt when it was bought
 * @param expiresAt when it expires unless used (V-4)
 * @param partnerName the issuing partner
 * @param terms the programme's terms text
 * @param orderNumber its order's short number for people (M-4), grouped as {@code 123 456 789}
 */
public record PrintableVoucher(
    String code,
    URI redemptionUrl,
    String productName,
    ProductKind kind,
    int validityYears,
    int fqdns,
    int wildcards,
    Instant issuedAt,
    Instant expiresAt,
    String partnerName,
    String terms,
    String orderNumber) {

  /** Every part required. */
  public PrintableVoucher {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(redemptionUrl, "redemptionUrl");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(orderNumber, "orderNumber");
  }

  @Override
  public String toString() {
    return "PrintableVoucher[" + productName + ", expires " + expiresAt + "]";
  }
}
