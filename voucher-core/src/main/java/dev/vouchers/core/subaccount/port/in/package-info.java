// SPDX-License-Identifier: Apache-2.0
/**
 * Use cases of invitations and sub-accounts.
 */
@NullMarked
package dev.vouchers.core.subaccount.port.in;

import org.jspecify.annotations.NullMarked;
