// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of partners: register, read, set a tier, register a mandate.
 */
@NullMarked
package dev.vouchers.core.partner.port.in;

import org.jspecify.annotations.NullMarked;
