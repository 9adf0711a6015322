// SPDX-License-Identifier: Apache-2.0
/**
 * The services of partners (T-5, D-2, T-2): partners, tiers, mandates and the price list at a
 * partner's tier, wired by the programme through {@link
 * dev.vouchers.core.partner.application.WiredPartners}.
 */
@NullMarked
package dev.vouchers.core.partner.application;

import org.jspecify.annotations.NullMarked;
