// SPDX-License-Identifier: Apache-2.0
/**
 * What makes the sample a demo rather than a shop: seeded partners and users to act as, a clock
 * that can be moved forward, an SMTP server whose inbox the sample shows, and a DNS zone in
 * which visitors without a domain of their own prove domain control (D-1).
 */
@NullMarked
package dev.vouchers.sample.webshop.demo;

import org.jspecify.annotations.NullMarked;
