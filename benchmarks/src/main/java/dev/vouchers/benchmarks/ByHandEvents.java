// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

/**
 * M-5 by hand: the event rows the library writes in the transaction of every change of state
 * (one {@code voucher.moved} event per history row, one {@code order.cancelled} event per
 * cancellation), written out as the JDBC adapter's {@code EventRows} sends them, so that the
 * by-hand baselines do the same database work as the library.
 */
final class ByHandEvents {
  private ByHandEvents() {}

  /** Appended to a history insert in a CTE: what {@link #fromHistory} reads. */
  static final String HISTORY_RETURNING =
      " RETURNING voucher_id, from_status, to_status, moved_at";

  /** The event columns, as the adapter names them. */
  static final String COLUMNS =
      "aggregate_type, aggregate_id, event_type, occurred_at, body, due_at";

  /** One event row: type of aggregate, its id, event type, instant, JSON body, due instant. */
  static final String INSERT_EVENT =
      "INSERT INTO vouchers_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";

  /**
   * One {@code voucher.moved} event per row of the CTE {@code history} (voucher id, from, to,
   * moved at), its body rendered in SQL as the adapter renders it.
   */
  static String fromHistory(String history) {
    return "INSERT INTO vouchers_events (" + COLUMNS + ") SELECT 'VOUCHER', voucher_id,"
        + " 'voucher.moved', moved_at, '{\"voucherId\":' || " + json("voucher_id")
        + " || ',\"from\":' || " + json("from_status") + " || ',\"to\":' || "
        + json("to_status") + " || '}', moved_at FROM " + history;
  }

  private static String json(String column) {
    return "'\"' || REPLACE(REPLACE(" + column + ", '\\', '\\\\'), '\"', '\\\"') || '\"'";
  }

  /** The body of a {@code voucher.moved} event (ids and statuses need no escaping here). */
  static String movedBody(String voucher, String from, String to) {
    return "{\"voucherId\":\"" + voucher + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
  }

  /** The body of an {@code order.cancelled} event. */
  static String cancelledBody(String order, String partner, long vouchers) {
    return "{\"orderId\":\"" + order + "\",\"partnerId\":\"" + partner + "\",\"vouchers\":"
        + vouchers + "}";
  }
}
