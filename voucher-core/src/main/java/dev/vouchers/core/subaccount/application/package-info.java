// SPDX-License-Identifier: Apache-2.0
/**
 * The services of sub-account invitations and sub-accounts (I-1..I-3), wired by the programme
 * through {@link dev.vouchers.core.subaccount.application.WiredSubAccounts}.
 */
@NullMarked
package dev.vouchers.core.subaccount.application;

import org.jspecify.annotations.NullMarked;
