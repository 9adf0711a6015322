// SPDX-License-Identifier: Apache-2.0
/**
 * What the catalog needs from outside: the store of products and price books.
 */
@NullMarked
package dev.vouchers.core.catalog.port.out;

import org.jspecify.annotations.NullMarked;
