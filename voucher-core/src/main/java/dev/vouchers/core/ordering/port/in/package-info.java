// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of ordering: quote and place an order, read and list orders,
 * export their codes, check and cancel an order.
 */
@NullMarked
package dev.vouchers.core.ordering.port.in;

import org.jspecify.annotations.NullMarked;
