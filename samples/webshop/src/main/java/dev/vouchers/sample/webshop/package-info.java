// SPDX-License-Identifier: Apache-2.0
/**
 * The sample reseller webshop: a Spring Boot web application that embeds the vouchers library
 * the way a real shop would (partner console, end-customer redemption, vendor staff, a JSON
 * API), with a demo inbox and a demo clock so that a newcomer can work the whole voucher
 * lifecycle in a browser.
 */
@NullMarked
package dev.vouchers.sample.webshop;

import org.jspecify.annotations.NullMarked;
