// SPDX-License-Identifier: Apache-2.0
/**
 * The sample's JSON API under {@code /api}: the same actions as the web pages, one controller
 * per resource, each a thin translation from HTTP to a use case of the library and back.
 *
 * <p>Who acts is named by the header {@code X-Demo-User} (a {@link
 * dev.vouchers.sample.webshop.demo.DemoUser} id; a real shop authenticates instead);
 * the end customer's redemption endpoints need no header, the code is the authorisation.
 * Every error is an RFC 9457 problem detail ({@code application/problem+json}) built by
 * {@link dev.vouchers.sample.webshop.api.Problems}; a refusal of the library names the rules
 * of the domain brief that refused it.
 */
@NullMarked
package dev.vouchers.sample.webshop.api;

import org.jspecify.annotations.NullMarked;
