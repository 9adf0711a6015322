// SPDX-License-Identifier: Apache-2.0
/**
 * What answers when a request fails before or outside the shop's controllers: requests the
 * server refuses while reading them (a malformed or over-long request line, an encoded slash,
 * backslash or NUL in the path, headers too large) and failures that reach the servlet
 * container's error dispatch. Requests under {@code /api} get an RFC 9457 problem detail
 * ({@code application/problem+json}) like every other error of the API; pages get a plain
 * HTML page of the shop, never the servlet container's own.
 */
@NullMarked
package dev.vouchers.sample.webshop.errors;

import org.jspecify.annotations.NullMarked;
