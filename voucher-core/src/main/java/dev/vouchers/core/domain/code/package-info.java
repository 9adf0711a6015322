// SPDX-License-Identifier: Apache-2.0
/**
 * Voucher codes: their format, generation, normalisation and check symbol.
 *
 * <p>A voucher code is a secret, single-use string drawn from at least 80 cryptographically secure
 * random bits (rule C-2), written in Crockford base32 symbols grouped with hyphens and, by default,
 * terminated by a {@linkplain CheckSymbol check symbol} that detects every single-symbol
 * substitution and every adjacent transposition (C-3). User input is {@linkplain
 * Crockford#normalise(CharSequence) normalised} and {@linkplain CodeFormat#parse(CharSequence)
 * parsed} purely, so a mistyped code is rejected before storage is consulted (C-4). Uniqueness
 * (C-1) is enforced by storage; {@link CodeFormat#assess(long, long)} tells beforehand whether a
 * format offers enough distinct codes for an order.
 *
 * <p>Everything here is a side-effect-free value or function except {@link CodeGenerator}, which
 * draws randomness from an {@link Entropy}. Expected failures are returned as values ({@link
 * CodeProblem}, {@code Either}, {@code Validation}); exceptions signal programming errors only.
 */
@org.jspecify.annotations.NullMarked
package dev.vouchers.core.domain.code;
