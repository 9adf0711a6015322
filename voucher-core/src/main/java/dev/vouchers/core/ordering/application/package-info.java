// SPDX-License-Identifier: Apache-2.0
/**
 * The services of orders and of one voucher's life (O-1..O-5, V-1..V-8, S-1..S-3, C-4, C-5,
 * D-1, D-2, G-1, G-2, G-4, M-1..M-3, M-6), wired by the programme through {@link
 * dev.vouchers.core.ordering.application.WiredOrdering}. The voucher's services live here, not
 * in {@code voucher.application}, because they share the store of orders and their vouchers
 * ({@code ordering.port.out.Vouchers}): an order is written with all its vouchers at once (O-4),
 * and the voucher context may not use the ordering one (ADR 0068).
 */
@NullMarked
package dev.vouchers.core.ordering.application;

import org.jspecify.annotations.NullMarked;
