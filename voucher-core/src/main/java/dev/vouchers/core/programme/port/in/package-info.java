// SPDX-License-Identifier: Apache-2.0
/**
 * The use cases of the programme as a whole: the erasure of personal data (E-1).
 */
@NullMarked
package dev.vouchers.core.programme.port.in;

import org.jspecify.annotations.NullMarked;
