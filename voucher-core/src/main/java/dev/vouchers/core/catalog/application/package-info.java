// SPDX-License-Identifier: Apache-2.0
/**
 * The services of the catalog (P-1, T-2): products and the price book, wired by the programme
 * through {@link dev.vouchers.core.catalog.application.WiredCatalog}. The price list at a partner's
 * tier is answered by the partners' context.
 */
@NullMarked
package dev.vouchers.core.catalog.application;

import org.jspecify.annotations.NullMarked;
