// SPDX-License-Identifier: Apache-2.0
/**
 * Spring Boot 4 auto-configuration of the voucher programme: every use case of the core as a
 * bean over the shop's {@code DataSource}, joining the shop's transactions; the outbox relay
 * (JavaMailSender or application events), the expiry sweep, Micrometer metrics and an
 * Actuator health contributor. Configured under {@code vouchers.*}, see
 * {@link dev.vouchers.spring.VouchersProperties}.
 */
@NullMarked
package dev.vouchers.spring;

import org.jspecify.annotations.NullMarked;
