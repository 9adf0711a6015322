// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.domain;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import java.time.Instant;

/**
 * T-5: the record of a tier change.
 *
 * @param partner whose tier changed
 * @param from the old tier
 * @param to the new tier
 * @param by who changed it
 * @param at when
 */
public record TierChange(PartnerId partner, Tier from, Tier to, String by, Instant at) {}
