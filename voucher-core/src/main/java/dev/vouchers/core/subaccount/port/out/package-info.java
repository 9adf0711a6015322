// SPDX-License-Identifier: Apache-2.0
/**
 * What sub-accounts need from outside: invitations and sub-accounts.
 */
@NullMarked
package dev.vouchers.core.subaccount.port.out;

import org.jspecify.annotations.NullMarked;
