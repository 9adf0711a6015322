// SPDX-License-Identifier: Apache-2.0
/**
 * Sub-accounts a partner invites (I-1..I-3): the invitation and its lifecycle (PENDING, then
 * ACCEPTED, EXPIRED or CANCELLED; resent with a new token), the e-mail it sends, and the
 * sub-account an accepted invitation creates, with its type, billing, pricing and contract.
 *
 * <p>Pure like the rest of the domain: time is passed in, tokens are drawn from an
 * {@link dev.vouchers.core.domain.code.Entropy} the caller gives, refusals are values.
 */
@NullMarked
@VoucherStyle
package dev.vouchers.core.domain.subaccount;

import dev.vouchers.core.domain.VoucherStyle;
import org.jspecify.annotations.NullMarked;
