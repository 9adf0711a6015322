/**
 * What makes the sample a demo rather than a shop: seeded partners and users to act as, a clock
 * that can be moved forward, and an SMTP server whose inbox the sample shows.
 */
@NullMarked
package dev.vouchers.sample.webshop.demo;

import org.jspecify.annotations.NullMarked;
