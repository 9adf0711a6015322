// SPDX-License-Identifier: Apache-2.0
/**
 * Where the programme publishes its events, and where it keeps idempotency keys (G-3).
 */
@NullMarked
package dev.vouchers.core.programme.port.out;

import org.jspecify.annotations.NullMarked;
