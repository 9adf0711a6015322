// SPDX-License-Identifier: Apache-2.0
/**
 * Storage ports of {@code voucher-core} over plain JDBC ({@link javax.sql.DataSource}), for H2
 * and PostgreSQL. Start at {@link dev.vouchers.jdbc.JdbcStorage}; create the tables with
 * {@link dev.vouchers.jdbc.JdbcSchema} or the Flyway migrations shipped in the jar.
 *
 * <p>Every port call is one transaction; serialization failures and deadlocks are retried.
 * An application can have port calls join its own transaction instead
 * ({@link dev.vouchers.jdbc.OuterTransaction}).
 * Instants are stored as {@code TIMESTAMP WITH TIME ZONE} at UTC with microsecond precision.
 */
@NullMarked
package dev.vouchers.jdbc;

import org.jspecify.annotations.NullMarked;
