// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

/** E-1: why personal data was erased, as the erasure record keeps it. */
public enum ErasureKind {
  /** On request, for one e-mail address ({@link ErasureSubject.Address}). */
  ADDRESS,
  /** On request, for one customer of a partner ({@link ErasureSubject.Customer}). */
  CUSTOMER,
  /** Automatically, the retention period after the voucher or invitation was closed. */
  RETENTION
}
