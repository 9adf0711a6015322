// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of a voucher: read, look up and redeem, send activation links,
 * domain control and certificates, comments, expiry.
 */
@NullMarked
package dev.vouchers.core.voucher.port.in;

import org.jspecify.annotations.NullMarked;
