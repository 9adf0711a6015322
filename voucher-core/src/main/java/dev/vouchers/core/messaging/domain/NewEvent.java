// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * M-5: an event as a store writes it with the change it records, before the store gave it its
 * id and sequence. The body is a small JSON object of ids and statuses: never a code, a link
 * token, an e-mail address or a name (events outlive erasure, E-1, and travel to other
 * systems).
 *
 * <p>The factories are the one definition of each event's type and body; the JDBC adapter
 * renders the same body in SQL for its set-based moves ({@code voucher.moved}) and its tests
 * compare the two.
 *
 * @param aggregateType what the event is about
 * @param aggregateId the id of that order, voucher, ...
 * @param type the event's type, e.g. {@code voucher.moved}
 * @param occurredAt when the change happened (the change's own instant)
 * @param body the JSON object
 */
public record NewEvent(AggregateType aggregateType, String aggregateId, String type,
    Instant occurredAt, String body) {

  /** The type of the event of an order placed. */
  public static final String ORDER_PLACED = "order.placed";
  /** The type of the event of an order cancelled. */
  public static final String ORDER_CANCELLED = "order.cancelled";
  /** The type of the event of a voucher's move (V-1, V-2). */
  public static final String VOUCHER_MOVED = "voucher.moved";

  /** Requires every part. */
  public NewEvent {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(body, "body");
  }

  /**
   * O-4: an order placed with its vouchers.
   *
   * @param order the order's id
   * @param partner the partner's id
   * @param vouchers how many vouchers it issued
   * @param at when it was placed
   */
  public static NewEvent orderPlaced(String order, String partner, int vouchers, Instant at) {
    return new NewEvent(AggregateType.ORDER, order, ORDER_PLACED, at, "{\"orderId\":"
        + Json.string(order) + ",\"partnerId\":" + Json.string(partner) + ",\"vouchers\":"
        + vouchers + "}");
  }

  /**
   * V-6: an order cancelled (each voucher it cancelled has its own {@link #voucherMoved}).
   *
   * @param order the order's id
   * @param partner the partner's id
   * @param vouchers how many vouchers the cancellation moved
   * @param at when it was cancelled
   */
  public static NewEvent orderCancelled(String order, String partner, long vouchers,
      Instant at) {
    return new NewEvent(AggregateType.ORDER, order, ORDER_CANCELLED, at, "{\"orderId\":"
        + Json.string(order) + ",\"partnerId\":" + Json.string(partner) + ",\"vouchers\":"
        + vouchers + "}");
  }

  /**
   * V-1, V-2: a voucher moved, as its history entry records it.
   *
   * @param voucher the voucher's id
   * @param from the status it moved from
   * @param to the status it moved to
   * @param at when
   */
  public static NewEvent voucherMoved(String voucher, String from, String to, Instant at) {
    return new NewEvent(AggregateType.VOUCHER, voucher, VOUCHER_MOVED, at,
        voucherMovedBody(voucher, from, to));
  }

  /** The body of {@link #voucherMoved}: {@code {"voucherId":..,"from":..,"to":..}}. */
  public static String voucherMovedBody(String voucher, String from, String to) {
    return "{\"voucherId\":" + Json.string(voucher) + ",\"from\":" + Json.string(from)
        + ",\"to\":" + Json.string(to) + "}";
  }

  /**
   * An event of one of the other aggregates' moves (invitations, sub-accounts, reseller
   * applications and links, subscriptions): {@code <aggregate>.moved} with the id and the
   * statuses.
   *
   * @param aggregate what moved
   * @param id its id
   * @param from the status it moved from
   * @param to the status it moved to
   * @param at when
   */
  public static NewEvent moved(AggregateType aggregate, String id, String from, String to,
      Instant at) {
    String name = aggregate.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return new NewEvent(aggregate, id, name + ".moved", at, "{\"id\":" + Json.string(id)
        + ",\"from\":" + Json.string(from) + ",\"to\":" + Json.string(to) + "}");
  }
}
