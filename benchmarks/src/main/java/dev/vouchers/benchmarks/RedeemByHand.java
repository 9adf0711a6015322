// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

/**
 * The statements of {@link RedeemBenchmark}'s by-hand baselines: what a shop would send for a
 * redemption without the library (A: the bare conditional update; B: read, then update and
 * history; C: the library's own statement written out, with the history and the M-5 event
 * rows).
 */
final class RedeemByHand {
  private RedeemByHand() {}

  /** Baseline A: the single conditional update by digest. */
  static final String UPDATE_BY_DIGEST =
      "UPDATE vouchers_vouchers SET status = 'REDEEMED', ever_redeemed = TRUE,"
          + " version = version + 1 WHERE code_digest = ?"
          + " AND status IN ('VALID', 'ASSIGNED', 'RESERVED')";

  /** Baseline B: the read. */
  static final String SELECT_BY_DIGEST =
      "SELECT id, status, expires_at, version FROM vouchers_vouchers WHERE code_digest = ?";

  /** Baseline B on H2: the conditional update by id and version. */
  static final String UPDATE_BY_ID =
      "UPDATE vouchers_vouchers SET status = 'REDEEMED', ever_redeemed = TRUE,"
          + " version = version + 1 WHERE id = ? AND version = ?";

  /** Baseline B on H2: the history row. */
  static final String INSERT_HISTORY =
      "INSERT INTO vouchers_history (voucher_id, from_status, to_status, moved_at, by_whom, why,"
          + " data) VALUES (?, ?, 'REDEEMED', ?, ?, 'redeemed', '')";

  /** Baseline B on PostgreSQL: update and history row in one statement, as the library does. */
  static final String MOVE_WITH_HISTORY =
      "WITH moved AS (" + UPDATE_BY_ID + " RETURNING id), history AS (INSERT INTO"
          + " vouchers_history (voucher_id, from_status, to_status, moved_at, by_whom, why, data)"
          + " SELECT id, ?, 'REDEEMED', ?, ?, 'redeemed', '' FROM moved"
          + ByHandEvents.HISTORY_RETURNING + "), events AS (" + ByHandEvents.fromHistory("history")
          + ") SELECT COUNT(*) FROM moved";

  /**
   * Baseline C on PostgreSQL: the redemption as one statement by hand, the way the library's
   * adapter sends it: find the version of the voucher that is redeemable now, move exactly that
   * version (by {@code ctid}, status and expiry repeated), append the history row.
   */
  static final String REDEEM_WITH_HISTORY =
      "WITH before AS (SELECT ctid AS at, status FROM vouchers_vouchers WHERE code_digest = ?"
          + " AND (status IN ('RESERVED') OR (status IN ('VALID', 'ASSIGNED')"
          + " AND expires_at > ?))),"
          + " moved AS (UPDATE vouchers_vouchers v SET status = 'REDEEMED', ever_redeemed = TRUE,"
          + " version = v.version + 1 FROM before WHERE v.ctid = before.at"
          + " AND v.status = before.status AND (v.status IN ('RESERVED')"
          + " OR (v.status IN ('VALID', 'ASSIGNED') AND v.expires_at > ?))"
          + " RETURNING v.id, before.status AS from_status),"
          + " history AS (INSERT INTO vouchers_history (voucher_id, from_status, to_status,"
          + " moved_at, by_whom, why, data) SELECT id, from_status, 'REDEEMED', ?, ?, 'redeemed',"
          + " '' FROM moved" + ByHandEvents.HISTORY_RETURNING + "), events AS ("
          + ByHandEvents.fromHistory("history") + ") SELECT COUNT(*) FROM moved";

  /**
   * Baseline C on H2: the library's conditional update, answering with the row as it was (its
   * id and the status moved from).
   */
  static final String REDEEM_H2 =
      "SELECT id, status FROM OLD TABLE (UPDATE vouchers_vouchers SET status = 'REDEEMED',"
          + " ever_redeemed = TRUE, version = version + 1 WHERE code_digest = ?"
          + " AND (status IN ('RESERVED') OR (status IN ('VALID', 'ASSIGNED')"
          + " AND expires_at > ?)))";
}
