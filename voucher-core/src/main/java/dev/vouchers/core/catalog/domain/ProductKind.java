// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

/** The kind of product a voucher is for (P-1). */
public enum ProductKind {
  /** Domain-validated SSL certificate. */
  SSL_DV,
  /** Organisation-validated SSL certificate. */
  SSL_OV,
  /** Extended-validation SSL certificate. */
  SSL_EV,
  /** E-mail / S/MIME certificate. */
  EMAIL_SMIME,
  /** Organisation certificate. */
  ORGANISATION_CERTIFICATE,
  /** Code signing certificate. */
  CODE_SIGNING,
  /** A software-as-a-service seat. */
  SAAS_SEAT
}
