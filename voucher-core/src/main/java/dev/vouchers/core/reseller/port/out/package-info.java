// SPDX-License-Identifier: Apache-2.0
/**
 * What the reseller programme needs from outside: applications and links.
 */
@NullMarked
package dev.vouchers.core.reseller.port.out;

import org.jspecify.annotations.NullMarked;
