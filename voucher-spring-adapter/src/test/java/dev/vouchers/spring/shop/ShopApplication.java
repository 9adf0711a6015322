// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A sample-sized shop: nothing but the starter's dependencies and {@code vouchers.*}
 * properties; the tests start it on H2 and on PostgreSQL.
 */
@SpringBootApplication
public class ShopApplication {}
