// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of the catalog: define products, publish the price book, show a
 * partner's price list.
 */
@NullMarked
package dev.vouchers.core.catalog.port.in;

import org.jspecify.annotations.NullMarked;
