// SPDX-License-Identifier: Apache-2.0
/**
 * What the partner context needs from outside: partners and mandates.
 */
@NullMarked
package dev.vouchers.core.partner.port.out;

import org.jspecify.annotations.NullMarked;
