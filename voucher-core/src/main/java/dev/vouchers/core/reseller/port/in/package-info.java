// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of the reseller programme.
 */
@NullMarked
package dev.vouchers.core.reseller.port.in;

import org.jspecify.annotations.NullMarked;
