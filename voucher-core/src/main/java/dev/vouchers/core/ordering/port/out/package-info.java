// SPDX-License-Identifier: Apache-2.0
/**
 * What ordering needs from outside: the store of orders and the vouchers they
 * issue, written in one call (O-4).
 */
@NullMarked
package dev.vouchers.core.ordering.port.out;

import org.jspecify.annotations.NullMarked;
