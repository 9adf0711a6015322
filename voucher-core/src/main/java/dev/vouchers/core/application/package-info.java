// SPDX-License-Identifier: Apache-2.0
/**
 * Application services: implement the inbound use cases by driving the domain through the
 * outbound ports. No framework; wire them with {@link dev.vouchers.core.application.VoucherProgramme}.
 */
@NullMarked
package dev.vouchers.core.application;

import org.jspecify.annotations.NullMarked;
