// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

/** Where a resolved unit price came from (T-2). */
public enum PriceSource {
  /** An explicit unit price for the partner's tier. */
  TIER_PRICE,
  /** The list price less the tier's discount. */
  TIER_DISCOUNT,
  /** The list price. */
  LIST_PRICE
}
