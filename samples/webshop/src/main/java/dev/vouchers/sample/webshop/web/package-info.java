// SPDX-License-Identifier: Apache-2.0
/**
 * The sample's browser pages (Thymeleaf): sign in as a demo user, the partner console, the
 * end-customer redemption page, the vendor staff page, the demo inbox and the demo clock.
 */
@NullMarked
package dev.vouchers.sample.webshop.web;

import org.jspecify.annotations.NullMarked;
