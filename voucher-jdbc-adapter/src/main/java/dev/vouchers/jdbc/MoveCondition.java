// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import dev.vouchers.core.voucher.domain.Transition;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * V-1, V-4: a named move's decision as a SQL condition, read from the domain's one table
 * ({@link Transition}): "a status of the move's sources that never expires, or one that expires
 * and whose expiry is after ?", which is {@link Transition#allows} written over the columns.
 * The statuses are bound as parameters (never literals in the statement), and so is the
 * target status a statement writes ({@link #target()}).
 */
final class MoveCondition {
  private final List<VoucherStatus> lasting;
  private final List<VoucherStatus> expiring;
  private final VoucherStatus target;

  private MoveCondition(Transition transition) {
    this.lasting = List.copyOf(transition.lastingFrom());
    this.expiring = List.copyOf(transition.expiringFrom());
    this.target = transition.to();
    if (lasting.isEmpty() && expiring.isEmpty()) {
      throw new IllegalArgumentException(transition + " has no source");
    }
  }

  /** The condition of {@code transition}. */
  static MoveCondition of(Transition transition) {
    return new MoveCondition(transition);
  }

  /** The status the move writes. */
  VoucherStatus target() {
    return target;
  }

  /**
   * The condition in parentheses over the columns {@code status} and {@code expires_at} with
   * the prefix given; its parameters are bound by {@link #bind}.
   */
  String sql(String prefix) {
    List<String> any = new ArrayList<>(2);
    if (!lasting.isEmpty()) {
      any.add(in(prefix + "status", lasting.size()));
    }
    if (!expiring.isEmpty()) {
      any.add("(" + in(prefix + "status", expiring.size()) + " AND " + prefix
          + "expires_at > ?)");
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /** Binds the parameters of {@link #sql} from {@code first}; returns the next index. */
  int bind(PreparedStatement s, int first, Instant at) throws SQLException {
    int i = first;
    for (VoucherStatus status : lasting) {
      s.setString(i++, status.name());
    }
    for (VoucherStatus status : expiring) {
      s.setString(i++, status.name());
    }
    if (!expiring.isEmpty()) {
      Sql.setInstant(s, i++, at);
    }
    return i;
  }

  /** "column IN (?, ?, …)" with {@code count} parameters. */
  private static String in(String column, int count) {
    return column + " IN (" + Sql.marks(count) + ")";
  }
}
